import { useHeap } from './HeapProvider';

export function Login({ user }: { user: { id: string } }) {
  const heap = useHeap();
  function onSignedIn() {
    heap?.identify(user.id);
  }
  function onDemo() {
    heap?.identify('demo-account'); // expect: hardcoded-identity
  }
  return <button onClick={user ? onSignedIn : onDemo}>Go</button>;
}
