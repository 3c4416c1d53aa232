import axios from 'axios';
import { db } from '../db';

const HEAP_USER_PROPS_URL = 'https://heapanalytics.com/api/add_user_properties';
const appId = process.env.HEAP_APP_ID!;

interface Member {
  id: number;
  email: string;
  plan: string;
  seats: number;
  lastLoginAt: Date | null;
}

export async function syncMember(member: Member): Promise<void> {
  await axios.post(HEAP_USER_PROPS_URL, {
    app_id: appId,
    identity: member.email,
    properties: {
      plan: member.plan,
      seats: member.seats,
      last_login: member.lastLoginAt ? member.lastLoginAt.toISOString() : 'never',
    },
  });
}

export async function syncAllMembers(): Promise<void> {
  const members: Member[] = await db.member.findMany();
  for (let i = 0; i < members.length; i += 1000) {
    const chunk = members.slice(i, i + 1000);
    await axios.post(HEAP_USER_PROPS_URL, {
      app_id: appId,
      users: chunk.map((m) => ({
        identity: m.email,
        properties: { plan: m.plan, seats: m.seats },
      })),
    });
  }
}

export async function markBetaCohort(emails: string[]): Promise<void> {
  await axios.post(HEAP_USER_PROPS_URL, {
    app_id: appId,
    users: [
      ...emails.map((email) => ({ identity: email, properties: { beta: 'wave-2' } })),
      {
        identity: 'guest', // expect: server-identity
        properties: { beta: 'wave-2' },
      },
    ],
  });
}

export async function tagCampaign(campaign: string): Promise<void> {
  await axios.post(HEAP_USER_PROPS_URL, { // expect: server-identity
    app_id: appId,
    properties: { campaign },
  });
}

export async function resetLocale(member: Member): Promise<void> {
  await axios.post(HEAP_USER_PROPS_URL, {
    app_id: appId,
    identity: '', // expect: server-identity
    properties: { locale: 'en-US', member_id: member.id },
  });
}

export async function pushPrepared(payload: { app_id: string; identity: string; properties: Record<string, string> }): Promise<void> {
  await axios.post(HEAP_USER_PROPS_URL, payload);
}
