import { signal, computed, effect } from '@preact/signals';
import { identifyCustomer, setCustomerTraits, forgetCustomer } from '../analytics/heap';
import { segment } from '../lib/segment';
import { api } from '../lib/api';

export interface CustomerJson {
  id: string;
  email: string;
  first_name: string;
  plan: 'classic' | 'veggie' | 'family';
  meals_per_week: number;
  created_at: string;
}

export interface Customer {
  id: string;
  email: string;
  firstName: string;
  plan: 'classic' | 'veggie' | 'family';
  mealsPerWeek: number;
  createdAt: Date;
}

export function toCustomer(json: CustomerJson): Customer {
  return {
    id: json.id,
    email: json.email.toLowerCase(),
    firstName: json.first_name,
    plan: json.plan,
    mealsPerWeek: json.meals_per_week,
    createdAt: new Date(json.created_at),
  };
}

export const currentCustomer = signal<Customer | null>(null);
export const isSignedIn = computed(() => currentCustomer.value !== null);

export async function loadSession(): Promise<void> {
  try {
    currentCustomer.value = toCustomer(await api.get<CustomerJson>('/api/session'));
  } catch {
    currentCustomer.value = null;
  }
}

function syncCustomer(customer: Customer): void {
  identifyCustomer(customer.email);
  setCustomerTraits({
    plan: customer.plan,
    meals_per_week: customer.mealsPerWeek,
    member_since: customer.createdAt, // expect: user-property-value
  });
  segment.identify(customer.id, { email: customer.email, plan: customer.plan });
}

effect(() => {
  const customer = currentCustomer.value;
  if (customer) syncCustomer(customer);
});

export async function signOut(): Promise<void> {
  await api.post('/api/session/logout');
  currentCustomer.value = null;
  forgetCustomer();
  segment.reset();
}
