import * as functions from 'firebase-functions/v1';
import { getFirestore } from 'firebase-admin/firestore';
import { customAlphabet } from 'nanoid';
import { addUserProps, trackServerEvent } from './heap';

const referralCode = customAlphabet('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8);

export const onUserCreated = functions.region('europe-west1').auth.user().onCreate(async (user) => {
  const code = referralCode();
  await getFirestore().doc(`profiles/${user.uid}`).set({
    email: user.email ?? null,
    referralCode: code,
    plan: 'free',
    onboarded: false,
  });
  await addUserProps(user.uid, {
    referral_code: code,
    signup_provider: user.providerData[0]?.providerId ?? 'password',
  });
  await trackServerEvent(user.uid, 'Account Created', { provider: user.providerData[0]?.providerId ?? 'password' });
});
