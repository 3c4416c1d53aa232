import { signal, computed } from '@preact/signals';
import { api } from '../lib/api';
import { identifyCustomer, trackEvent } from '../analytics/heap';
import { currentCustomer } from './session';

export interface CartItem {
  recipeId: string;
  title: string;
  servings: number;
  priceCents: number;
}

interface CartResponse {
  sessionId: string;
  items: CartItem[];
}

export const cartItems = signal<CartItem[]>([]);
export const cartTotalCents = computed(() =>
  cartItems.value.reduce((sum, item) => sum + item.priceCents * item.servings, 0),
);

export async function restoreCart(): Promise<void> {
  const data = await api.get<CartResponse>('/api/cart');
  cartItems.value = data.items;
  if (!currentCustomer.value) {
    // tie the guest's browsing to the cart so abandoned carts show up per person
    identifyCustomer(data.sessionId); // expect: anonymous-identity
  }
}

export function addToCart(item: CartItem): void {
  cartItems.value = [...cartItems.value.filter((i) => i.recipeId !== item.recipeId), item];
  trackEvent('Recipe Added', { recipe_id: item.recipeId, servings: item.servings });
}
