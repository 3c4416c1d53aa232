import React, { useEffect } from 'react';

export default function Profile({ user }) {
  useEffect(() => {
    if (!window.heap || !user) return;
    window.heap.identify(user.email);
    window.heap.addUserProperties({ Company: user.company, Seats: user.seats });
  }, [user]);

  return <h2>{user ? user.fullName : 'Loading...'}</h2>;
}
