import React, { useEffect, useState } from 'react';

type Me = { userId: string; warehouseId: string; email: string };

export function App() {
  const [me, setMe] = useState<Me | null>(null);

  useEffect(() => {
    fetch('/api/me')
      .then((r) => r.json())
      .then((data: Me) => {
        setMe(data);
        window.heap.identify(data.userId);
        window.heap.addUserProperties({ warehouse: data.warehouseId });
      });
  }, []);

  const scan = (sku: string) => {
    window.heap.track('Item Scanned', { sku });
  };

  const switchWarehouse = (warehouseId: string) => {
    window.heap.identify(warehouseId); // expect: non-unique-identity
  };

  return (
    <main>
      <h1>Inventory {me ? `(${me.email})` : ''}</h1>
      <button onClick={() => scan('SKU-1')}>Scan</button>
      <button onClick={() => switchWarehouse('WH-2')}>Switch warehouse</button>{/* expect: hardcoded-identity */}
    </main>
  );
}
