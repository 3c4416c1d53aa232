import { json, type ActionFunctionArgs } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { useEffect } from 'react';
import { createAccount } from '~/utils/accounts.server';
import { heapServerTrack } from '~/utils/heap.server';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const account = await createAccount(String(form.get('email')));
  await heapServerTrack(account.email, 'Account Created', { source: 'join' });
  return json({ ok: true, email: account.email });
}

export default function Join() {
  const data = useActionData<typeof action>();

  useEffect(() => {
    if (data?.ok) {
      window.heap.identify(crypto.randomUUID()); // expect: random-identity
      window.heap.addUserProperties({ Signup: 'join-page' });
    }
  }, [data]);

  return (
    <Form method="post">
      <input name="email" type="email" required />
      <button type="submit">Create account</button>
    </Form>
  );
}
