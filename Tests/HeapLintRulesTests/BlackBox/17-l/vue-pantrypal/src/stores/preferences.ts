import { defineStore } from 'pinia';
import axios from 'axios';
import { trackEvent } from '@/lib/analytics';

interface Preferences {
  language: string;
  cuisines: string[];
  weeklyBudget: number;
  metricUnits: boolean;
}

export const usePreferencesStore = defineStore('preferences', {
  state: (): Preferences => ({
    language: 'en',
    cuisines: [],
    weeklyBudget: 0,
    metricUnits: true,
  }),

  actions: {
    async save(next: Preferences) {
      await axios.put('/api/me/preferences', next);
      this.$patch(next);
      window.heap?.addUserProperties({
        language: next.language,
        cuisines: next.cuisines, // expect: user-property-value
        cuisine_count: next.cuisines.length,
        weekly_budget: next.weeklyBudget,
        units: next.metricUnits ? 'metric' : 'imperial',
      });
      trackEvent('Preferences Saved', { cuisine_count: next.cuisines.length });
    },
  },
});
