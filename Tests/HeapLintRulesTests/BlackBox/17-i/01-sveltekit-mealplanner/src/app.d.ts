// See https://kit.svelte.dev/docs/types#app
declare global {
  namespace App {
    interface Locals {
      requestId: string;
      user: { id: string; email: string; householdSize: number; diet: string | null } | null;
    }
  }
  interface Window {
    heap?: {
      identify(identity: string): void;
      track(event: string, properties?: Record<string, string | number>): void;
      addUserProperties(properties: Record<string, string | number>): void;
      resetIdentity(): void;
    };
  }
}

export {};
