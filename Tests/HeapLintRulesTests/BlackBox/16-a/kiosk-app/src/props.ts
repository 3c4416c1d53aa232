declare const heap: any;

export function describeKiosk(location: { city: string; floor: number }): void {
  heap.addUserProperties({ kiosk_city: location.city, kiosk_floor: location.floor });
  const extra = { kiosk_tags: ['lobby', 'touchscreen'] };
  heap.addUserProperties(extra); // expect: user-property-value
}
