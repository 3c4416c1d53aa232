import { onCall, HttpsError } from 'firebase-functions/v2/https';
import { getFirestore } from 'firebase-admin/firestore';
import { REGION } from './config';
import { trackServerEvent } from './heap';

// Called from the pricing page, before or after sign-in.
export const redeemCoupon = onCall({ region: REGION, enforceAppCheck: true }, async (request) => {
  const code = String(request.data?.code ?? '').trim().toUpperCase();
  if (!/^[A-Z0-9]{4,16}$/.test(code)) throw new HttpsError('invalid-argument', 'Malformed coupon code');

  const db = getFirestore();
  const coupon = await db.doc(`coupons/${code}`).get();
  if (!coupon.exists || coupon.get('remaining') <= 0) throw new HttpsError('not-found', 'Unknown or used-up coupon');

  const uid = request.auth?.uid;
  await db.runTransaction(async (tx) => {
    tx.update(coupon.ref, { remaining: coupon.get('remaining') - 1 });
    if (uid) tx.set(db.doc(`profiles/${uid}`), { coupon: code }, { merge: true });
  });

  await trackServerEvent(uid ?? '', 'Coupon Redeemed', { code, percent_off: coupon.get('percentOff') ?? 0 }); // expect: server-identity
  return { percentOff: coupon.get('percentOff') ?? 0 };
});
