import React, { useState } from 'react';
import { useHeapUser } from '../hooks/useHeapUser';

export default function Register({ currentUser }) {
  const [attendee, setAttendee] = useState(null);
  useHeapUser(currentUser);

  const submit = async (form) => {
    const res = await fetch('/api/register', { method: 'POST', body: new FormData(form) });
    const data = await res.json();
    setAttendee(data);
    window.heap.identify(data.attendeeId || 'walk-in'); // expect: hardcoded-identity
    window.heap.track('Registered', { ticket: data.ticketType });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(e.currentTarget); }}>
      <input name="email" type="email" />
      <button type="submit">Register</button>
      {attendee && <p>See you there!</p>}
    </form>
  );
}
