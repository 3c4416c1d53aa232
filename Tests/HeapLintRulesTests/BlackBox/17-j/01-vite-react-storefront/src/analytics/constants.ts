// Shared analytics settings. Keep event names in sync with the Heap dashboard definitions.
export const ANALYTICS = Object.freeze({
  guestIdentity: 'fernleaf-guest',
  currency: 'USD',
  checkoutEvent: 'Order Placed',
});

export const EVENTS = {
  productViewed: 'Product Viewed',
  addedToCart: 'Added To Cart',
  signedIn: 'Signed In',
  newsletterChanged: 'Newsletter Preference Changed',
} as const;
