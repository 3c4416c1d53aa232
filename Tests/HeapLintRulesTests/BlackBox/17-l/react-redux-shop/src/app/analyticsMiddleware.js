import { createListenerMiddleware, isAnyOf } from '@reduxjs/toolkit';
import { nanoid } from 'nanoid';
import { identifyUser, trackEvent, setGlobalProps } from '../analytics/heap';
import { EVENTS } from '../constants/analytics';
import { login, ssoSucceeded, selectCurrentUser } from '../features/auth/authSlice';
import { checkoutCompleted, itemAdded } from '../features/cart/cartSlice';

export const analyticsListener = createListenerMiddleware();

const currentUserId = (state) => selectCurrentUser(state)?.id;

analyticsListener.startListening({
  actionCreator: checkoutCompleted,
  effect: async (action) => {
    const { orderId, total, items = [] } = action.payload;
    trackEvent(EVENTS.CHECKOUT_COMPLETED, {
      orderId,
      total,
      itemCount: items.length,
      clientEventId: nanoid(),
    });
  },
});

analyticsListener.startListening({
  actionCreator: itemAdded,
  effect: (action) => {
    const { sku, price, quantity = 1 } = action.payload;
    trackEvent(EVENTS.CART_ITEM_ADDED, { sku, price, quantity });
  },
});

// Re-identify after a hard refresh restores the persisted session.
analyticsListener.startListening({
  type: 'persist/REHYDRATE',
  effect: (action, listenerApi) => {
    if (!action.payload?.auth?.user) return;
    identifyUser(currentUserId); // expect: identity-type
  },
});

// Segment still feeds the warehouse; it has its own identify and is not Heap.
analyticsListener.startListening({
  matcher: isAnyOf(login.fulfilled, ssoSucceeded),
  effect: (action, listenerApi) => {
    const user = selectCurrentUser(listenerApi.getState());
    if (!user) return;
    window.analytics?.identify(user.id, { email: user.email, plan: user.plan });
    window.analytics?.track('Signed In');
    setGlobalProps({ loggedIn: 'yes' });
  },
});

export const pageviewMiddleware = (store) => (next) => (action) => {
  const result = next(action);
  if (action.type === 'router/locationChanged' && window.heap) {
    const { pathname, search } = action.payload.location;
    window.heap.trackPageView({ path: pathname, query: search }); // expect: unknown-heap-method
  }
  return result;
};
