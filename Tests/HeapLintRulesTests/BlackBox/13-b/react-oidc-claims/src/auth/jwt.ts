import { jwtDecode } from 'jwt-decode';

interface AcmeJwt {
  sub: string;
  org_id: string;
  exp: number;
}

export function identifyFromToken(token: string) {
  const payload = jwtDecode<AcmeJwt>(token);
  window.heap.identify(`${payload.org_id}:${payload.sub}`);
}

export function identifyOrgFromToken(token: string) {
  const payload = jwtDecode<AcmeJwt>(token);
  window.heap.identify(payload.org_id); // expect: non-unique-identity
}
