export function useHeap() {
  const track = (event: string, props: Record<string, string | number> = {}) => {
    window.heap?.track(event, props);
  };

  const setBookingProfile = (bookings: number, favouriteVenue: string) => {
    window.heap?.trackUserProperties({ bookings, favouriteVenue }); // expect: unknown-heap-method
  };

  const setLocale = (locale: string) => {
    window.heap?.addUserProperties({ locale });
  };

  return { track, setBookingProfile, setLocale };
}

declare global {
  interface Window {
    heap: any;
  }
}
