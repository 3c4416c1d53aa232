import { useEffect } from 'react';
import { json, type ActionFunctionArgs } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { authenticate } from '../utils/auth.server';

export async function action({ request }: ActionFunctionArgs) {
  const tutor = await authenticate(request);
  return json({ tutor });
}

export default function Login() {
  const data = useActionData<typeof action>();

  useEffect(() => {
    if (!data?.tutor) return;
    const heap = (window as any).heap;
    heap.identify(data.tutor.email);
    heap.addUserProperties({ subjects: data.tutor.subjects.join(', '), rating: data.tutor.rating });
    heap.identify(data.tutor.id); // expect: conflicting-identities
  }, [data]);

  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Log in</button>
    </Form>
  );
}
