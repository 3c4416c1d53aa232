export const HeapClient = {
  identify(agentId) {
    if (window.heap) window.heap.identify(String(agentId));
  },
};
