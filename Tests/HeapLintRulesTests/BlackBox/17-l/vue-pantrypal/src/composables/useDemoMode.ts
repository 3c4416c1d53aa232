import { computed, watch } from 'vue';
import { useRoute } from 'vue-router';
import { DEMO } from '../config/demo';
import { identifyUser, setUserProps, trackEvent } from '../lib/analytics';

export function useDemoMode() {
  const route = useRoute();
  const isDemo = computed(() => route.query[DEMO.enabledByQuery] === '1');

  watch(
    isDemo,
    (on) => {
      if (!on) return;
      identifyUser(DEMO.account.email); // expect: hardcoded-identity
      setUserProps({ sandbox: 'yes' });
      trackEvent('Demo Mode Entered', { from: String(route.name ?? 'unknown') });
    },
    { immediate: true },
  );

  return { isDemo };
}
