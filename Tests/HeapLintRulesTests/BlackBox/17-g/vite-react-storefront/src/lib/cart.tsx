import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export interface CartItem {
  sku: string;
  name: string;
  price: number;
  quantity: number;
}

interface CartState {
  items: CartItem[];
  total: number;
  add: (item: CartItem) => void;
  clear: () => void;
}

const CartContext = createContext<CartState | null>(null);

export function CartProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<CartItem[]>([]);
  const value = useMemo<CartState>(
    () => ({
      items,
      total: items.reduce((sum, i) => sum + i.price * i.quantity, 0),
      add: (item) =>
        setItems((prev) => {
          const existing = prev.find((p) => p.sku === item.sku);
          if (!existing) return [...prev, item];
          return prev.map((p) => (p.sku === item.sku ? { ...p, quantity: p.quantity + item.quantity } : p));
        }),
      clear: () => setItems([]),
    }),
    [items],
  );
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}

export function useCart(): CartState {
  const ctx = useContext(CartContext);
  if (!ctx) throw new Error('useCart must be used inside <CartProvider>');
  return ctx;
}
