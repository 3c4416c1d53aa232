export interface IdentifiableUser {
  id: string;
  email?: string;
}

export function identifyUser(user: IdentifiableUser): void {
  (window as any).heap?.identify(user.id);
}

export function describeUser(traits: { plan?: string; seats?: number; [key: string]: unknown }): void {
  (window as any).heap?.addUserProperties({ ...traits, source: 'web' });
}
