import { ulid } from 'ulid';
import { Analytics } from '../../lib/Analytics';
import { api } from '../../lib/api';

export async function startTrial(planId: string) {
  const trialUserId = ulid();
  Analytics.identify(trialUserId); // expect: random-identity
  Analytics.addUserProperties({ trialPlan: planId });
  await api.post('/trials', { planId, trialUserId });
}
