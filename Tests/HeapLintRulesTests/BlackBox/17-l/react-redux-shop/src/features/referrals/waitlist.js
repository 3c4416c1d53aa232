import axios from 'axios';
import { nanoid } from 'nanoid';
import { identifyUser, setUserTraits, trackEvent } from '../../analytics/heap';
import { EVENTS } from '../../constants/analytics';

// Pre-launch waitlist for the dive computer. People here have no account yet.
export async function joinWaitlist(email, { source = 'landing' } = {}) {
  const referralCode = nanoid(10);
  const { data } = await axios.post('/api/waitlist', { email, referralCode, source });
  if (!data.ok) return null;

  identifyUser(referralCode); // expect: random-identity
  setUserTraits({ waitlist: 'dive-computer', waitlistSource: source });
  trackEvent(EVENTS.WAITLIST_JOINED, { source, position: data.position });
  return referralCode;
}
