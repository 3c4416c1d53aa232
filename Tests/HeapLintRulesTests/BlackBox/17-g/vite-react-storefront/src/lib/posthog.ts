import posthog from 'posthog-js';

// Product team runs session replays in PostHog; Heap stays the source of truth for funnels.
export function initPosthog(): void {
  if (!import.meta.env.VITE_POSTHOG_KEY) return;
  posthog.init(import.meta.env.VITE_POSTHOG_KEY, {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
  });
}

export function identifyPosthog(user: { id: string; email: string }): void {
  posthog.identify(user.id, { email: user.email });
}

export function resetPosthog(): void {
  posthog.reset();
}
