import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { useHeap } from '../analytics/useHeap';
import { EVENTS } from '../analytics/constants';

export default function AccountPage() {
  const { user, signOut } = useAuth();
  const { identifyUser, setUserProps, trackEvent, forgetUser } = useHeap();
  const navigate = useNavigate();

  useEffect(() => {
    if (user) {
      identifyUser(user.id);
      setUserProps({ memberSince: user.createdAt.getFullYear(), loyaltyTier: user.tier });
    }
  }, [user, identifyUser, setUserProps]);

  function onNewsletterChange(subscribed: boolean) {
    setUserProps({ newsletter: subscribed }); // expect: user-property-value
    trackEvent(EVENTS.newsletterChanged, { subscribed: subscribed ? 'yes' : 'no' });
  }

  async function onSignOut() {
    forgetUser();
    await signOut();
    navigate('/');
  }

  if (!user) return <p>Please sign in.</p>;

  return (
    <section>
      <h1>Hi {user.firstName}</h1>
      <label>
        <input type="checkbox" onChange={(e) => onNewsletterChange(e.target.checked)} />
        Send me the monthly garden letter
      </label>
      <button onClick={onSignOut}>Sign out</button>
    </section>
  );
}
