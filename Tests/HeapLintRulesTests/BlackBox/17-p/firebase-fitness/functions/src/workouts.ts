import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { getFirestore, FieldValue } from 'firebase-admin/firestore';
import { REGION } from './config';
import { trackServerEvent } from './heap';

interface Effort {
  workoutId: string;
  paceSecPerKm: number;
}

/** Keeps the k best (lowest) paces; used for the personal-bests card. */
class TopK<T> {
  private readonly heap: T[] = [];
  constructor(private readonly k: number, private readonly better: (a: T, b: T) => number) {}

  offer(item: T): void {
    this.heap.push(item);
    this.heap.sort(this.better);
    if (this.heap.length > this.k) this.heap.length = this.k;
  }

  values(): T[] {
    return [...this.heap];
  }
}

export const onWorkoutCreated = onDocumentCreated({ document: 'users/{uid}/workouts/{workoutId}', region: REGION }, async (event) => {
  const uid = event.params.uid;
  const workout = event.data?.data();
  if (!workout) return;

  await trackServerEvent(uid, 'Workout Logged', {
    sport: workout.sport,
    distance_km: workout.distanceKm ?? 0,
    duration_min: Math.round((workout.durationSec ?? 0) / 60),
  });

  if (workout.sport !== 'run' || !workout.distanceKm) return;
  const db = getFirestore();
  const profileRef = db.doc(`profiles/${uid}`);
  const profile = (await profileRef.get()).data() ?? {};
  const heap = new TopK<Effort>(5, (a, b) => a.paceSecPerKm - b.paceSecPerKm);
  for (const e of (profile.bestEfforts ?? []) as Effort[]) heap.offer(e);
  heap.offer({ workoutId: event.params.workoutId, paceSecPerKm: workout.durationSec / workout.distanceKm });
  await profileRef.set(
    { bestEfforts: heap.values(), kmThisWeek: FieldValue.increment(workout.distanceKm) },
    { merge: true },
  );
});
