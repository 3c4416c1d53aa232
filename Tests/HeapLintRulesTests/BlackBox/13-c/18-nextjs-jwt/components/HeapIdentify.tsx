'use client';

import { useEffect } from 'react';
import { jwtDecode, type JwtPayload } from 'jwt-decode';

export default function HeapIdentify({ token }: { token: string | null }) {
  useEffect(() => {
    if (!token) return;
    const claims = jwtDecode<JwtPayload & { email?: string }>(token);
    window.heap.identify(claims.sub!);
    window.heap.addUserProperties({ email: claims.email ?? '' });
  }, [token]);

  return null;
}
