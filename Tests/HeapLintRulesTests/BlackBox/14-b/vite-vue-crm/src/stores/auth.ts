import { defineStore } from 'pinia';

interface User {
  id: string;
  plan: string;
  role: string;
  seatCount: number;
  org: { name: string; seatsUsed: number; seatsTotal: number };
}

export const useAuthStore = defineStore('auth', {
  state: () => ({ user: null as User | null }),
  actions: {
    async fetchMe() {
      const res = await fetch('/api/me');
      this.user = res.ok ? await res.json() : null;
    },
    async logout() {
      await fetch('/api/logout', { method: 'POST' });
      this.user = null;
      window.heap.identify(); // expect: identity-type
    },
  },
});
