/**
 * Shared Heap helpers for views. Every method is a no-op when Heap is blocked
 * (ad blockers are common among our agents).
 */
export default {
  methods: {
    heapIdentify(identity) {
      if (!window.heap) return;
      window.heap.identify(identity);
    },

    heapTrack(event, properties = {}) {
      if (!window.heap) return;
      window.heap.track(event, {
        ...properties,
        route: this.$route ? this.$route.name : undefined,
      });
    },

    heapSetAgentTraits(agent) {
      if (!window.heap) return;
      window.heap.addUserProperties({
        email: agent.email,
        role: agent.role,
        team: agent.team ? agent.team.name : 'unassigned',
        open_tickets: agent.openTicketCount || 0,
      });
    },
  },
};
