import { jwtDecode } from 'jwt-decode';

declare const heap: {
  identify(identity: string): void;
  addUserProperties(props: Record<string, string | number>): void;
};

interface AccessClaims {
  sub: string;
  sid: string;
  email: string;
  org_id: string;
  exp: number;
}

export function identifyFromAccessToken(token: string) {
  const claims = jwtDecode<AccessClaims>(token);
  heap.identify(claims.sub);
  heap.addUserProperties({ token_expires: claims.exp });
}

export function identifyFromSessionClaim(token: string) {
  const claims = jwtDecode<AccessClaims>(token);
  heap.identify(claims.sid); // expect: anonymous-identity
}

export function identifyByEmailClaim(token: string) {
  const { email } = jwtDecode<AccessClaims>(token);
  heap.identify(email);
}

export function identifyOrganization(token: string) {
  const claims = jwtDecode<AccessClaims>(token);
  heap.identify(claims.org_id); // expect: non-unique-identity
}
