import { defineStore } from 'pinia';

// An options store: the actions see the state on `this`.
export const useAnalytics = defineStore('analytics', {
  state: () => ({ client: window.heap, queue: [] }),
  actions: {
    joinTeam(team) {
      this.client.identify(team.id); // expect: non-unique-identity
    },
    login(user) {
      this.client.identify(user.id);
      this.queue.push(user.id);
    },
  },
});
