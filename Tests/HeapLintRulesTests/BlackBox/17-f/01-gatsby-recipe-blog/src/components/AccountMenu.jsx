import React from 'react';
import useNetlifyIdentity from '../hooks/useNetlifyIdentity';
import { startNewVisitor } from '../utils/analytics';

export default function AccountMenu() {
  const { user, open, logout } = useNetlifyIdentity();

  if (!user) {
    return (
      <button type="button" className="account-menu__login" onClick={open}>
        Sign in to save recipes
      </button>
    );
  }

  const switchAccount = () => {
    startNewVisitor();
    logout();
    open();
  };

  return (
    <details className="account-menu">
      <summary>{user.user_metadata.full_name || user.email}</summary>
      <ul>
        <li><a href="/saved">Saved recipes</a></li>
        <li>
          <button type="button" onClick={switchAccount}>Switch account</button>
        </li>
        <li>
          <button type="button" onClick={logout}>Sign out</button>
        </li>
      </ul>
    </details>
  );
}
