// Heap helpers shared by views through `mixins: [heapTracking]`.
export default {
  methods: {
    heapIdentify(identity) {
      if (!window.heap) return;
      window.heap.identify(identity);
    },
    heapTrack(event, properties = {}) {
      if (window.heap) window.heap.track(event, properties);
    },
  },
};
