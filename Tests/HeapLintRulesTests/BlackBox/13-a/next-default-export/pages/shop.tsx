import type { GetServerSideProps } from 'next';
import { useEffect } from 'react';
import tracking from '../lib/tracking';

interface ShopProps {
  user: { id: string; email: string } | null;
  products: { sku: string; title: string }[];
}

export default function Shop({ user, products }: ShopProps) {
  useEffect(() => {
    tracking.identify(user?.id || 'visitor'); // expect: hardcoded-identity
  }, [user]);

  return (
    <ul>
      {products.map((p) => (
        <li key={p.sku}>{p.title}</li>
      ))}
    </ul>
  );
}

export const getServerSideProps: GetServerSideProps<ShopProps> = async ({ req }) => {
  const res = await fetch(`${process.env.API_URL}/shop`, { headers: { cookie: req.headers.cookie ?? '' } });
  return { props: await res.json() };
};
