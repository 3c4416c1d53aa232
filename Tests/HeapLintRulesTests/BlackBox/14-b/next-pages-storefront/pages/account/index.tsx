import { useEffect } from 'react';
import type { GetServerSideProps } from 'next';

type Props = { user: { id: string | null; email: string; tier: string } };

export default function AccountPage({ user }: Props) {
  useEffect(() => {
    const heap = (window as any).heap;
    if (!heap) return;
    heap.identify(user.id || 'visitor'); // expect: hardcoded-identity
    heap.addUserProperties({ tier: user.tier });
  }, [user]);

  return <h1>Your account</h1>;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  const user = await fetch(`${process.env.API_URL}/me`, { headers: { cookie: req.headers.cookie ?? '' } }).then((r) => r.json());
  return { props: { user } };
};
