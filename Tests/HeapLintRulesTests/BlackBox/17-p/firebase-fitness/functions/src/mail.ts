import { getFirestore } from 'firebase-admin/firestore';

/** Queues the digest through the Trigger Email extension (writes to `mail`). */
export async function sendDigestEmail(to: string, profile: FirebaseFirestore.DocumentData): Promise<void> {
  await getFirestore().collection('mail').add({
    to,
    template: { name: 'weekly-digest', data: { km: profile.kmThisWeek ?? 0, goal: profile.weeklyGoalKm ?? 0 } },
  });
}
