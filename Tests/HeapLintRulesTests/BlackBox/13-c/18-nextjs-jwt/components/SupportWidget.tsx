'use client';

import { useEffect } from 'react';
import { jwtDecode } from 'jwt-decode';

type OidcClaims = { sub: string; sid: string; org_id: string };

export function SupportWidget({ idToken }: { idToken: string }) {
  useEffect(() => {
    const claims = jwtDecode<OidcClaims>(idToken);
    window.heap.identify(claims.sid); // expect: anonymous-identity
  }, [idToken]);

  return <div id="support-widget" />;
}
