import React from 'react';
import { useNavigate } from 'react-router-dom';
import tracking from '../tracking';

export default function Welcome() {
  const navigate = useNavigate();

  function continueAsGuest() {
    tracking.identify('guest'); // expect: blocklisted-identity
    navigate('/shop');
  }

  return (
    <section>
      <a href="/login">Sign in</a>
      <button onClick={continueAsGuest}>Just browsing</button>
    </section>
  );
}
