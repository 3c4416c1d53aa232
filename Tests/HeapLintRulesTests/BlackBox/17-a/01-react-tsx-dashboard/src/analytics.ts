// Thin wrapper around the Heap global so components never touch window.heap directly.
import type { Organization, User } from './types';

type HeapProps = Record<string, string | number>;

declare global {
  interface Window {
    heap?: {
      identify(identity: string): void;
      resetIdentity(): void;
      track(event: string, properties?: HeapProps): void;
      addUserProperties(properties: Record<string, unknown>): void;
      addEventProperties(properties: HeapProps): void;
      userId?: string;
    };
  }
}

export function identifyUser(user: User | null | undefined): void {
  if (!user?.id) return;
  window.heap?.identify(user.id);
}

export function setUserTraits(user: User, org: Organization): void {
  window.heap?.addUserProperties({
    email: user.email,
    role: user.role,
    plan: org.plan,
    org_id: org.id,
    seats: org.seatCount,
  });
}

export function setTeamTraits(user: User): void {
  window.heap?.addUserProperties({ team_count: user.teams.length, teams: user.teams.map((t) => t.slug) }); // expect: user-property-value
}

export function trackEvent(name: string, properties: HeapProps = {}): void {
  window.heap?.track(name, properties);
}

export function resetAnalytics(): void {
  window.heap?.resetIdentity();
}
