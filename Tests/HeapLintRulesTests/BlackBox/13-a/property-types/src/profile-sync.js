import { getCurrentUser, getSubscription } from './api';

const ADMIN_ROLES = ['owner', 'admin'];

export async function syncProfile() {
  const user = await getCurrentUser();
  const sub = await getSubscription(user.id);

  window.heap.identify(user.email);
  window.heap.addUserProperties({ plan: sub.plan, seats: sub.seats, mrr: sub.amountCents / 100 });
  window.heap.addUserProperties({ power_user: user.projectCount > 10 }); // expect: user-property-value
  window.heap.addUserProperties({ has_phone: Boolean(user.phone) }); // expect: user-property-value
  window.heap.addUserProperties({ is_admin: ADMIN_ROLES.includes(user.role) }); // expect: user-property-value
  window.heap.addUserProperties({ on_trial: 'trialEndsAt' in sub }); // expect: user-property-value
  window.heap.addUserProperties({ role: user.role, admin_flag: ADMIN_ROLES.includes(user.role) ? 'yes' : 'no' });
  window.heap.addUserProperties({ trial_ends: sub.trialEndsAt ? new Date(sub.trialEndsAt).toISOString() : 'n/a' });
  window.heap.addUserProperties({ billing_address: { city: sub.city, country: sub.country } }); // expect: user-property-value
  window.heap.addUserProperties({ billing_city: sub.city, billing_country: sub.country });
  window.heap.addUserProperties({ referral_code: null }); // expect: user-property-value
  window.heap.addUserProperties({ company_size: String(user.companySize), projects: Number(user.projectCount) });
}

export function syncTheme() {
  const root = document.documentElement;
  window.heap.addUserProperties({ dark_mode: root.hasAttribute('data-dark') }); // expect: user-property-value
  window.heap.addUserProperties({ theme: root.getAttribute('data-theme') || 'light' });
}
