import axios from 'axios';

const HEAP = 'https://heapanalytics.com/api';
const appId = process.env.HEAP_APP_ID ?? '';

export interface Organization {
  id: string;
  name: string;
  plan: 'free' | 'team' | 'enterprise';
  seats: number;
  industry?: string;
}

export async function syncOrganization(org: Organization): Promise<void> {
  await axios.post(`${HEAP}/add_account_properties`, {
    app_id: appId,
    account_id: org.id,
    properties: {
      name: org.name,
      plan: org.plan,
      seats: org.seats,
      industry: org.industry ?? 'unknown',
    },
  });
}

export async function syncOrganizations(orgs: Organization[]): Promise<void> {
  await axios.post(`${HEAP}/add_account_properties`, {
    app_id: appId,
    accounts: orgs.map((org) => ({
      account_id: org.id,
      properties: { name: org.name, plan: org.plan, seats: org.seats },
    })),
  });
}

export async function flagEnterprisePilot(orgIds: string[]): Promise<void> {
  await axios.post('https://heapanalytics.com/api/add_account_properties', {
    app_id: appId,
    accounts: [
      ...orgIds.map((id) => ({ account_id: id, properties: { pilot: 'enterprise-2024' } })),
    ],
  });
}
