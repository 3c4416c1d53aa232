export const ANALYTICS = {
  DEMO_CUSTOMER: 'harvest-demo-kiosk',
  EVENTS: {
    KIOSK_STARTED: 'Kiosk Session Started',
    PLAN_CHANGED: 'Plan Changed',
    ORDER_PLACED: 'Order Placed',
    NEWSLETTER: 'Newsletter Subscribed',
    SIGNUP_COMPLETED: 'Signup Completed',
    GIFT_CREATED: 'Gift Code Created',
  },
} as const;

export const SECTIONS: Record<string, string> = {
  '/': 'home',
  '/menu': 'menu',
  '/plans': 'plans',
  '/checkout': 'checkout',
  '/account': 'account',
  '/kiosk': 'kiosk',
};
