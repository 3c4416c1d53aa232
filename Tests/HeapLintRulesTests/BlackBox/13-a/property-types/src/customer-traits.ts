export class EnterpriseCustomer {
  constructor(public readonly id: string, public readonly contractValue: number) {}
}

export interface Customer {
  id: string;
  email: string;
  tags: string[] | string;
  integrations: Record<string, { connected: boolean }>;
  lastLogin?: string;
}

const heap = (window as any).heap;

export function describeCustomer(customer: Customer, record: unknown, extraTags: string[]) {
  heap.identify(customer.email);
  heap.addUserProperties({ enterprise: record instanceof EnterpriseCustomer }); // expect: user-property-value
  heap.addUserProperties({ multi_tag: Array.isArray(customer.tags) }); // expect: user-property-value
  heap.addUserProperties({ all_tags: [...extraTags, 'customer'] }); // expect: user-property-value
  heap.addUserProperties({ integration_count: Object.keys(customer.integrations).length });
  heap.addUserProperties({ tag_list: Array.isArray(customer.tags) ? customer.tags.join(' ') : customer.tags });
}

function handleLogout() {
  heap.resetIdentity();
  window.location.assign('/login');
}

export function describeSession(customer: Customer, traits: Record<string, string | number>) {
  heap.addUserProperties({ last_login: customer.lastLogin ?? 'never' });
  heap.addUserProperties({ ...traits });
  heap.addUserProperties({ on_logout: handleLogout }); // expect: user-property-value
  heap.addUserProperties({ coupon: undefined }); // expect: user-property-value
  heap.addUserProperties({ connected_apps: Object.values(customer.integrations).filter((i) => i.connected).length });
}

export function describeFormatter(customer: Customer) {
  heap.addUserProperties({ email_domain: customer.email.split('@')[1] });
}
