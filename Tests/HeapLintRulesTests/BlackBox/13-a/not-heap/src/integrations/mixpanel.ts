import mixpanel from 'mixpanel-browser';

mixpanel.init(import.meta.env.VITE_MIXPANEL_TOKEN, { persistence: 'localStorage' });

export function linkAnonymousProfile() {
  mixpanel.identify(mixpanel.get_distinct_id());
  mixpanel.people.set({ first_seen: new Date(), beta: true });
}

export function identifyMember(email: string) {
  mixpanel.identify(email);
}
