import { ref } from 'vue';
import { identify, reset } from '../analytics';

interface Profile {
  id: string;
  email: string;
}

const profile = ref<Profile | null>(null);

export function useAuth() {
  async function signIn(email: string, password: string) {
    const res = await fetch('/api/sign-in', { method: 'POST', body: JSON.stringify({ email, password }) });
    const body: { profile: Profile } = await res.json();
    identify(email);
    profile.value = body.profile;
    identify(profile.value.id); // expect: conflicting-identities
  }

  async function refresh() {
    const res = await fetch('/api/profile');
    profile.value = await res.json();
    if (profile.value) {
      identify(profile.value.email);
    }
  }

  function signOut() {
    reset();
    profile.value = null;
  }

  return { profile, signIn, refresh, signOut };
}
