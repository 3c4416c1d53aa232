// A React checkout form with the identity mistakes heaplint catches in components.
import { useEffect, useState } from 'react';

type Props<T> = { items: T[]; total: (items: T[]) => number };

export function Checkout<T,>({ items, total }: Props<T>) {
  const [email, setEmail] = useState<string>('');

  useEffect(() => {
    heap.addUserProperties({ cartSize: items.length });
  }, [items]);

  return (
    // Every shopper who leaves the field empty becomes one user, "shopper".
    <form onSubmit={() => heap.identify(email || 'shopper')}>
      <p>Total: {total(items)}</p>
      <input value={email} onChange={(e) => setEmail(e.target.value)} />
      {/* Heap ignores "guest": the call does nothing. */}
      <button type="button" onClick={() => heap.identify('guest')}>
        Continue as guest
      </button>
    </form>
  );
}
