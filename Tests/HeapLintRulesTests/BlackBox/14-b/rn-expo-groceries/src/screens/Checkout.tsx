import React from 'react';
import { Button, View } from 'react-native';
import Heap from '@heap/react-native-heap';
import { useCart } from '../cart';

export function CheckoutScreen() {
  const cart = useCart();

  const onPay = async (method: string) => {
    Heap.track('Checkout Started', { items: cart.items.length, total: cart.total });
    Heap.addUserProperties({ preferredPayment: method, savedCards: cart.savedCards.map((c) => c.last4) }); // expect: user-property-value
    await cart.pay(method);
    Heap.track('Order Completed', { total: cart.total });
  };

  return (
    <View>
      <Button title="Pay with card" onPress={() => onPay('card')} />
      <Button title="Pay with Apple Pay" onPress={() => onPay('apple_pay')} />
    </View>
  );
}
