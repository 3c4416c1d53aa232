export default defineNuxtPlugin(() => {
  const config = useRuntimeConfig();
  const heap = (window as any).heap;

  if (heap && !heap.loaded) {
    heap.load(config.public.heapAppId);
  }

  return {
    provide: {
      heap: {
        identify: (identity: string) => heap.identify(identity),
        addUserProperties: (props: Record<string, string | number>) => heap.addUserProperties(props),
        track: (event: string, props?: Record<string, string | number>) => heap.track(event, props),
        resetIdentity: () => heap.resetIdentity(),
      },
    },
  };
});
