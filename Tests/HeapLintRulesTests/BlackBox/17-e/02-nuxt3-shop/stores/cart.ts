import { defineStore } from 'pinia'

export interface CartLine {
  sku: string
  title: string
  price: number
  quantity: number
}

export const useCartStore = defineStore('cart', {
  state: () => ({
    // server-side cart session, set by /api/cart on first add
    sessionId: useCookie<string | null>('fw_cart_session').value ?? null,
    lines: [] as CartLine[],
  }),

  getters: {
    count: (state) => state.lines.reduce((n, l) => n + l.quantity, 0),
    total: (state) => state.lines.reduce((sum, l) => sum + l.price * l.quantity, 0),
  },

  actions: {
    add(line: CartLine) {
      const existing = this.lines.find((l) => l.sku === line.sku)
      if (existing) existing.quantity += line.quantity
      else this.lines.push({ ...line })
      useAnalytics().track('Added To Cart', { sku: line.sku, price: line.price, quantity: line.quantity })
    },
    remove(sku: string) {
      this.lines = this.lines.filter((l) => l.sku !== sku)
      useAnalytics().track('Removed From Cart', { sku })
    },
  },
})
