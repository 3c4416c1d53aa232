import { defineStore } from 'pinia';
import axios from 'axios';
import { v4 as uuidv4 } from 'uuid';
import { identifyUser, trackEvent } from '../lib/analytics';

interface CartLine {
  sku: string;
  qty: number;
  price: number;
}

export const useCartStore = defineStore('cart', {
  state: () => ({
    lines: [] as CartLine[],
    checkoutRef: null as string | null,
  }),

  getters: {
    total: (state) => state.lines.reduce((sum, l) => sum + l.qty * l.price, 0),
  },

  actions: {
    add(line: CartLine) {
      const found = this.lines.find((l) => l.sku === line.sku);
      if (found) found.qty += line.qty;
      else this.lines.push({ ...line });
      trackEvent('Added To Cart', { sku: line.sku, qty: line.qty });
    },

    async startCheckoutWithoutAccount() {
      const checkoutRef = uuidv4();
      this.checkoutRef = checkoutRef;
      await axios.post('/api/checkouts', { ref: checkoutRef, lines: this.lines });
      identifyUser(checkoutRef); // expect: random-identity
      trackEvent('Checkout Started', { lines: this.lines.length, total: this.total, request_id: uuidv4() });
    },
  },
});
