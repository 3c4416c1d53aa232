import { useEffect } from 'react';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { useAuth } from '../auth/AuthContext';

const DEMO_PRODUCTS = ['cast-iron-skillet', 'linen-apron', 'herb-planter'];

export default function DemoPage() {
  const { user } = useAuth();
  const { identify, track } = useAnalytics();

  useEffect(() => {
    if (user) return;
    // demo shoppers have no account: give each demo run its own Heap user
    const demoShopperId = `demo-${Date.now()}`;
    identify(demoShopperId); // expect: random-identity
    track('Demo Started', { products: DEMO_PRODUCTS.length });
  }, [user, identify, track]);

  return (
    <main className="demo">
      <h1>Take the tour</h1>
      {DEMO_PRODUCTS.map((slug) => (
        <a key={slug} href={`/products/${slug}`}>
          {slug.replace(/-/g, ' ')}
        </a>
      ))}
    </main>
  );
}
