import { watch } from 'vue';
import { useCartStore } from '~/stores/cart';

export function useHeap() {
  const cart = useCartStore();

  function trackAddToCart(sku: string, price: number) {
    window.heap?.track('Add To Cart', { sku, price });
  }

  watch(
    () => cart.count,
    (count) => {
      window.heap?.addUserProperties({
        cartCount: count,
        cart: { count, value: cart.total }, // expect: user-property-value
      });
    },
  );

  function setLoyalty(tier: string, points: number) {
    window.heap?.setUserProperties({ loyaltyTier: tier, loyaltyPoints: points }); // expect: unknown-heap-method
  }

  return { trackAddToCart, setLoyalty };
}
