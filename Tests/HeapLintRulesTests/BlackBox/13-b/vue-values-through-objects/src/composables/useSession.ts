import { watch, type Ref } from 'vue';
import { identifyUser, describeUser } from '@/analytics/identify';

interface SessionUser {
  id: string;
  email: string;
  plan: string;
  extra: Record<string, string>;
}

export function useSessionAnalytics(user: Ref<SessionUser | null>) {
  watch(user, (current) => {
    if (!current) return;
    identifyUser(current);
    describeUser({ ...current.extra, plan: current.plan });
  });
}
