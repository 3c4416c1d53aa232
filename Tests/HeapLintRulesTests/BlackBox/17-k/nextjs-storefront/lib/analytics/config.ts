export const ANALYTICS_CONFIG = {
  heapEnabled: process.env.NEXT_PUBLIC_HEAP_APP_ID !== undefined,
  segmentWriteKey: process.env.NEXT_PUBLIC_SEGMENT_KEY ?? '',
  debug: process.env.NODE_ENV !== 'production',
} as const;

export const EVENTS = {
  productViewed: 'Product Viewed',
  addedToCart: 'Added To Cart',
  checkoutStarted: 'Checkout Started',
  orderCompleted: 'Order Completed',
  teamSwitched: 'Team Switched',
} as const;
