// Event names live here so product can grep for them.
export const EVENTS = Object.freeze({
  LOGIN: 'Logged In',
  LOGIN_FAILED: 'Login Failed',
  GUEST_CHECKOUT_STARTED: 'Guest Checkout Started',
  CHECKOUT_COMPLETED: 'Checkout Completed',
  CART_ITEM_ADDED: 'Cart Item Added',
  TEAM_SWITCHED: 'Team Switched',
  WAITLIST_JOINED: 'Waitlist Joined',
  PREFERENCES_SAVED: 'Preferences Saved',
});

// Used for the "continue without an account" path.
export const GUEST_ID = 'guest';

export const APP_NAME = 'storefront';
