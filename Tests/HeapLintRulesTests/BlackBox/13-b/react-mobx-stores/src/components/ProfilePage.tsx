import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { useStores } from '../stores/RootStore';

export const ProfilePage = observer(function ProfilePage() {
  const { analytics, user } = useStores();
  const current = user.current;

  useEffect(() => {
    if (!current) return;
    analytics.setProps({ avatarUrl: current.avatarUrl ?? '' });
    analytics.setProps({ tags: Array.from(current.tags) }); // expect: user-property-value
  }, [analytics, current]);

  if (!current) return <p>Loading…</p>;
  return (
    <article>
      <h1>{current.name}</h1>
      <button onClick={user.logout}>Log out</button>
    </article>
  );
});
