import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useHeap } from '../analytics/useHeap';
import { EVENTS } from '../analytics/constants';
import { topProducts, ScoredProduct } from '../lib/recommendations';
import { api } from '../lib/api';

interface Product {
  sku: string;
  title: string;
  price: number;
  related: ScoredProduct[];
}

export default function ProductPage() {
  const { sku = 'featured' } = useParams();
  const { trackEvent } = useHeap();
  const [product, setProduct] = useState<Product | null>(null);

  useEffect(() => {
    api.get<Product>(`/products/${sku}`).then((p) => {
      setProduct(p);
      trackEvent(EVENTS.productViewed, { sku: p.sku, price: p.price });
    });
  }, [sku, trackEvent]);

  if (!product) return <p>Loading…</p>;

  return (
    <article>
      <h1>{product.title}</h1>
      <button onClick={() => trackEvent(EVENTS.addedToCart, { sku: product.sku })}>Add to cart</button>
      <ul>
        {topProducts(product.related, 4).map((r) => (
          <li key={r.sku}>{r.sku}</li>
        ))}
      </ul>
    </article>
  );
}
