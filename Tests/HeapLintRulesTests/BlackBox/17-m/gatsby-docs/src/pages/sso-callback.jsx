import React, { useEffect, useState } from 'react';
import { navigate } from 'gatsby';
import { identifyVisitor, setVisitorTraits, trackEvent } from '../analytics/heap';
import { EVENTS } from '../analytics/events';

function decodeClaims(token) {
  try {
    const [, payload] = token.split('.');
    return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return null;
  }
}

export default function SsoCallback({ location }) {
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const token = new URLSearchParams(location.search).get('id_token');
    const claims = token ? decodeClaims(token) : null;
    if (!claims) {
      setFailed(true);
      return;
    }
    const { orgId, orgName = 'n/a', role = 'member' } = claims;
    // enterprise readers: group them by their company's SSO org
    identifyVisitor(orgId); // expect: non-unique-identity
    setVisitorTraits({ org_name: orgName, sso_role: role });
    trackEvent(EVENTS.LOGIN, { method: 'sso' });
    navigate('/account', { replace: true });
  }, [location.search]);

  return failed ? <p>Single sign-on failed. Try again.</p> : <p>Signing you in…</p>;
}
