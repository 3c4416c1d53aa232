import { useEffect } from 'react';
import Link from 'next/link';
import tracking from '../lib/tracking';

export default function DemoPage() {
  useEffect(() => {
    tracking.identify('demo-account'); // expect: hardcoded-identity
    tracking.setTraits({ source: 'demo' });
  }, []);

  return (
    <main>
      <h1>Interactive demo</h1>
      <p>Everything here is sample data.</p>
      <Link href="/signup">Create your own workspace</Link>
    </main>
  );
}
