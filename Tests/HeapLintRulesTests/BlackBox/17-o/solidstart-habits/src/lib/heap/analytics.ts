import { isServer } from "solid-js/web";

export type EventProps = Record<string, string | number>;

/** Every helper is a no-op on the server and when an ad blocker removed Heap. */

export function identifyUser(identity: string) {
  if (isServer) return;
  window.heap?.identify(identity);
}

export function setTraits(traits: Record<string, unknown>) {
  if (isServer) return;
  window.heap?.addUserProperties(traits);
}

export function trackEvent(name: string, props: EventProps = {}) {
  if (isServer) return;
  window.heap?.track(name, props);
}

export function forgetUser() {
  if (isServer) return;
  window.heap?.resetIdentity();
}

/**
 * Streak events fire a lot (every check-in recomputes the streak), so they get their own
 * small class that de-duplicates milestones per page view.
 */
export class StreakTelemetry {
  private heap = (window as any).heap;
  private seen = new Set<string>();

  milestone(habitId: string, days: number) {
    const key = `${habitId}:${days}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.heap?.track("Streak Milestone", { habit_id: habitId, streak_days: days });
  }

  broken(habitId: string, previousDays: number) {
    this.heap?.trackEvent("Streak Broken", { habit_id: habitId, previous_days: previousDays }); // expect: unknown-heap-method
  }
}
