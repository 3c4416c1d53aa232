export const heapClient = {
  heap: (window as any).heap,
};
