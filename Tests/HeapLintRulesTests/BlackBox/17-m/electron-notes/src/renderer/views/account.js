import { EVENTS } from '../constants.js';
import { endSession, setTraits, track } from '../telemetry.js';

const API = 'https://api.inkwell.app';

async function signIn(email, password) {
  const res = await fetch(`${API}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error('Sign-in failed');
  const { profile } = await res.json();
  await window.desktop.saveAccount({ userId: profile.id, email: profile.email });

  // carried over from the Segment integration we used before Heap
  window.heap.identify(profile.id, { email: profile.email, name: profile.name }); // expect: identity-type
  setTraits({ email: profile.email, workspace_count: profile.workspaces.length });
  track(EVENTS.SIGNED_IN, { method: 'password' });
  return profile;
}

async function signOut() {
  await fetch(`${API}/sessions/current`, { method: 'DELETE' }).catch(() => {});
  await window.desktop.clearAccount();
  track(EVENTS.SIGNED_OUT);
  window.heap.identify(); // expect: identity-type
}

async function switchAccount(email, password) {
  track('Account Switch Started');
  endSession();
  return signIn(email, password);
}

export function mountAccount(root) {
  if (!root) return;
  root.querySelector('form.sign-in')?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const { email, password } = Object.fromEntries(new FormData(e.currentTarget));
    try {
      await signIn(String(email), String(password));
    } catch (err) {
      track('Sign In Failed', { reason: err.message });
    }
  });
  root.querySelector('button.sign-out')?.addEventListener('click', () => signOut());
  root.querySelector('button.switch')?.addEventListener('click', () => {
    const email = window.prompt('Email');
    const password = window.prompt('Password');
    if (email && password) switchAccount(email, password);
  });
}
