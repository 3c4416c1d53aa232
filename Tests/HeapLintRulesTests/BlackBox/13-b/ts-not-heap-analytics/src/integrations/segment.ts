declare global {
  interface Window {
    analytics: {
      identify(userId: string, traits?: Record<string, unknown>): void;
      track(event: string, props?: Record<string, unknown>): void;
    };
  }
}

interface Integration {
  name: string;
  enabled: boolean;
  settings: Record<string, unknown>;
}

export function identifyWithSegment(user: { id: string; email: string; createdAt: Date }) {
  window.analytics.identify(user.id, { email: user.email, createdAt: user.createdAt });
}

export function isHeapDestinationEnabled(integrations: Integration[]): boolean {
  const heap = integrations.find((i) => i.name === 'heap');
  return Boolean(heap && heap.enabled);
}
