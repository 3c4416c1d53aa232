import { useRouter } from 'next/router';
import { useCurrentUser } from '../lib/useCurrentUser';

export default function Settings() {
  const user = useCurrentUser();
  const router = useRouter();

  async function onLogout() {
    await fetch('/api/logout', { method: 'POST' });
    window.heap.resetIdentity();
    router.push('/');
  }

  async function onEmailVerified() {
    window.heap.identify(user!.id);
    window.heap.addUserProperties({ 'Email Verified': 'yes' });
  }

  return (
    <section>
      <button onClick={onEmailVerified}>I verified my email</button>
      <button onClick={onLogout}>Log out</button>
    </section>
  );
}
