import { initializeApp } from 'firebase-admin/app';

initializeApp();

export { onWorkoutCreated } from './workouts';
export { onUserCreated } from './users';
export { stripeWebhook } from './billing';
export { weeklyDigest } from './digest';
export { redeemCoupon } from './coupons';
