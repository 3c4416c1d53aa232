import { defineStore } from 'pinia';
import { api } from '../api';

export const useSessionStore = defineStore('session', {
  state: () => ({ user: null as null | { id: string; email: string; plan: string } }),
  actions: {
    async login(email: string, password: string) {
      this.user = await api.login(email, password);
      window.heap.identify(this.user.id);
      window.heap.addUserProperties({ plan: this.user.plan });
    },
    async guestCheckout() {
      window.heap.identify(Date.now().toString()); // expect: random-identity
      await api.startGuestCheckout();
    },
    logout() {
      this.user = null;
      window.heap.resetIdentity();
    },
  },
});
