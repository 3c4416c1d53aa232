function client() {
  return import.meta.client ? (window as any).heap : undefined;
}

export function useTracking() {
  return {
    identify: (id: string) => client()?.identify(id),
    addUserProperties: (props: Record<string, unknown>) => client()?.addUserProperties(props),
  };
}
