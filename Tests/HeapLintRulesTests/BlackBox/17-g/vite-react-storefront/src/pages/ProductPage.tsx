import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { api } from '../api/client';
import { useCart } from '../lib/cart';
import { topRecommendations, type Product } from '../lib/recommendations';

export default function ProductPage() {
  const { slug } = useParams<{ slug: string }>();
  const { track } = useAnalytics();
  const { add } = useCart();
  const [product, setProduct] = useState<Product | null>(null);
  const [related, setRelated] = useState<Product[]>([]);
  const [quantity, setQuantity] = useState(1);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const p = await api.get<Product>(`/products/${slug}`);
      const candidates = await api.get<Product[]>(`/products/${slug}/related`);
      const viewed = new Set<string>(JSON.parse(sessionStorage.getItem('viewed') ?? '[]'));
      if (cancelled) return;
      setProduct(p);
      setRelated(topRecommendations(candidates, viewed, 6));
      track('Product Viewed', { sku: p.sku, price: p.price, related_count: candidates.length });
    })();
    return () => {
      cancelled = true;
    };
  }, [slug, track]);

  if (!product) return <div className="spinner" aria-busy="true" />;

  const addToCart = () => {
    add({ sku: product.sku, name: product.name, price: product.price, quantity });
    track('Added To Cart', { sku: product.sku, quantity, line_id: crypto.randomUUID() });
  };

  return (
    <article className="product">
      <img src={product.imageUrl} alt={product.name} />
      <h1>{product.name}</h1>
      <p className="price">${product.price.toFixed(2)}</p>
      <input type="number" min={1} value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} />
      <button onClick={addToCart}>Add to cart</button>
      <section className="related">
        {related.map((r) => (
          <a key={r.id} href={`/products/${r.id}`} onClick={() => track('Recommendation Clicked', { sku: r.sku })}>
            {r.name}
          </a>
        ))}
      </section>
    </article>
  );
}
