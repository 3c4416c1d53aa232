import { Form } from '@remix-run/react';

export default function GuestHelp() {
  function onGuestSubmit() {
    const guestRef = crypto.randomUUID();
    sessionStorage.setItem('guestRef', guestRef);
    heap.identify(guestRef); // expect: random-identity
    heap.track('Guest Ticket Submitted');
  }

  return (
    <Form method="post" action="/tickets/new" onSubmit={onGuestSubmit}>
      <input name="subject" />
      <textarea name="body" />
      <button type="submit">Ask for help</button>
    </Form>
  );
}
