import { useEffect } from 'react';
import { useAnalytics } from '../../analytics/AnalyticsProvider';
import { CheckoutForm } from './CheckoutForm';

export default function GuestCheckout({ cartId }: { cartId: string }) {
  const { identify, setUserProps, track } = useAnalytics();

  useEffect(() => {
    identify('guest'); // expect: blocklisted-identity
    setUserProps({ checkoutType: 'guest' });
    track('Guest Checkout Viewed', { cartId });
  }, [cartId, identify, setUserProps, track]);

  return <CheckoutForm cartId={cartId} allowAccountCreation />;
}
