import Heap from '@heap/react-native-heap';

export interface MemberProfile {
  id: string;
  email: string;
  tier: 'free' | 'plus' | 'coach';
  goals: string[];
  weeklyTarget: number;
  timezone: string;
}

export type WorkoutEvent = 'Workout Started' | 'Workout Completed' | 'Workout Abandoned';

export function identifyMember(memberId: string): void {
  Heap.identify(memberId);
}

export function syncMemberProfile(profile: MemberProfile): void {
  Heap.addUserProperties({
    email: profile.email,
    tier: profile.tier,
    goals: profile.goals, // expect: user-property-value
    weekly_target: profile.weeklyTarget,
    timezone: profile.timezone,
  });
}

export function trackWorkout(event: WorkoutEvent, props: Record<string, string | number>): void {
  Heap.track(event, props);
}

export function clearMember(): void {
  Heap.resetIdentity();
}
