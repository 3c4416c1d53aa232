import { useEffect, useRef } from 'react';

export function SsoBanner({ roles }: { roles: string[] }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const heap = (window as any).heap;
    heap.addUserProperties({ ssoBanner: el.hasAttribute('data-sso') }); // expect: user-property-value
    heap.addUserProperties({ roles: [...roles] }); // expect: user-property-value
    heap.addUserProperties({ roleCount: roles.length, primaryRole: roles[0] ?? 'member' });
  }, [roles]);

  return <div ref={ref} data-sso="true">Sign in with your company account</div>;
}
