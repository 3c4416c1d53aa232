import { defineStore } from 'pinia';
import { useHeap } from '~/composables/useHeap';

interface User {
  id: string;
  email: string;
  company: string;
  seats: number;
}

export const useAuthStore = defineStore('auth', {
  state: () => ({
    user: null as User | null,
    deviceId: '',
  }),
  actions: {
    async login(credentials: { email: string; password: string }) {
      const { identify, addUserProperties } = useHeap();
      this.user = await $fetch<User>('/api/login', { method: 'POST', body: credentials });
      identify(this.user!.id);
      addUserProperties({ company: this.user!.company, seats: this.user!.seats });
    },
    restoreDevice() {
      const { identify } = useHeap();
      this.deviceId = localStorage.getItem('device-id') ?? '';
      identify(this.deviceId); // expect: anonymous-identity
    },
    logout() {
      useHeap().resetIdentity();
      this.user = null;
    },
  },
});
