type Props = Record<string, unknown>;

function client() {
  return import.meta.client ? (window as any).heap : undefined;
}

export function useHeap() {
  return {
    identify: (id: string) => client()?.identify(id),
    addUserProperties: (props: Props) => client()?.addUserProperties(props),
    track: (event: string, props?: Props) => client()?.track(event, props),
    resetIdentity: () => client()?.resetIdentity(),
  };
}
