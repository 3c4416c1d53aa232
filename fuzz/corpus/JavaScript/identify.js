heap.load("1234567890");
const user = { id: 42, email: `u${Math.random()}@x.io` };
heap.identify(user.email);
heap.addUserProperties({ plan: 'pro', seats: 3 });
// heaplint-disable-next-line hardcoded-identity -- kiosk
heap.identify('front-desk');
