export type FleetRole = 'dispatcher' | 'driver' | 'fleet_manager' | 'admin';

export interface FleetUser {
  id: string;
  email: string;
  fullName: string;
  role: FleetRole;
  companyId: string;
  companyName: string;
  depotName: string;
}

export interface TokenClaims {
  sub?: string;
  email?: string;
  exp: number;
}

export function decodeJwt(token: string): TokenClaims {
  const [, payload] = token.split('.');
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as TokenClaims;
}
