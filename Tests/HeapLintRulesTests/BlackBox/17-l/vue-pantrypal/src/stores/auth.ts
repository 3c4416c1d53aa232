import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import axios from 'axios';
import posthog from 'posthog-js';
import { identifyUser, resetUser, setUserProps, trackEvent } from '../lib/analytics';

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  plan: 'free' | 'plus' | 'family';
  householdId: string;
  locale: string;
}

export interface SignupForm {
  email: string;
  password: string;
  fullName: string;
  referrer?: string;
}

export const useAuthStore = defineStore('auth', () => {
  const user = ref<SessionUser | null>(null);
  const isLoggedIn = computed(() => user.value !== null);

  async function login(email: string, password: string) {
    const { data } = await axios.post<SessionUser>('/api/auth/login', { email, password });
    user.value = data;
    identifyUser(data.id);
    setUserProps({ plan: data.plan, locale: data.locale, household: data.householdId });
    posthog.identify(data.id, { email: data.email });
    trackEvent('Logged In', { method: 'password' });
  }

  async function completeSignup(form: SignupForm) {
    const { data: profile } = await axios.post<SessionUser>('/api/auth/signup', form);
    identifyUser(profile.email);
    trackEvent('Signed Up', { referrer: form.referrer ?? 'organic' });
    user.value = profile;
    // login() uses the id, so do the same here
    identifyUser(profile.id); // expect: conflicting-identities
  }

  async function restore() {
    try {
      const { data } = await axios.get<SessionUser>('/api/auth/me');
      user.value = data;
      identifyUser(data.id);
    } catch {
      user.value = null;
    }
  }

  function logout() {
    resetUser();
    posthog.reset();
    user.value = null;
  }

  return { user, isLoggedIn, login, completeSignup, restore, logout };
});
