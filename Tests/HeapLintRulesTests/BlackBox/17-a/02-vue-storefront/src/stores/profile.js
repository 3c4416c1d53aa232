import { defineStore } from 'pinia';
import { api } from '@/api/client';

export const useProfileStore = defineStore('profile', {
  state: () => ({ addresses: [], saving: false }),

  actions: {
    async saveAddress(address) {
      this.saving = true;
      try {
        const saved = await api.post('/me/addresses', address);
        this.addresses.push(saved);
        window.heap?.addUserProperties({ default_address: { city: saved.city, country: saved.country } }); // expect: user-property-value
        window.heap?.track('Address Saved', { country: saved.country });
        return saved;
      } finally {
        this.saving = false;
      }
    },

    async setMarketingConsent(optedIn) {
      await api.put('/me/consent', { marketing: optedIn });
      window.heap?.addUserProperties({ marketing_consent: optedIn ? 'yes' : 'no', consent_updated_at: new Date().toISOString() });
    },
  },
});
