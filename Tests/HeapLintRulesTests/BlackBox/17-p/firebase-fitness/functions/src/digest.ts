import { onSchedule } from 'firebase-functions/v2/scheduler';
import { getFirestore } from 'firebase-admin/firestore';
import { HEAP_APP_ID, REGION } from './config';
import { sendDigestEmail } from './mail';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const heapApi = require('heap-api')(HEAP_APP_ID);

export const weeklyDigest = onSchedule(
  { schedule: 'every monday 07:00', timeZone: 'Europe/Berlin', region: REGION },
  async () => {
    const db = getFirestore();
    const optedIn = await db.collection('profiles').where('digestOptIn', '==', true).get();
    let sent = 0;
    for (const doc of optedIn.docs) {
      const profile = doc.data();
      await sendDigestEmail(profile.email, profile);
      await heapApi.track('Weekly Digest Sent', doc.id, { workouts_last_week: profile.workoutsLastWeek ?? 0 });
      sent += 1;
    }
    await heapApi.addUserProperties('digest-bot', { last_batch_size: sent, last_batch_at: new Date().toISOString() }); // expect: server-identity
  },
);
