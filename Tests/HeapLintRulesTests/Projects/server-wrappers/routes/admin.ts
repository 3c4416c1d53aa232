import { heapServer } from '../lib/heapServer';

export async function impersonate(admin: { email: string }, target: { id: string }) {
  await heapServer.track(admin.email, 'Impersonation Started', { target: target.id });
  await heapServer.track('support-team', 'Impersonation Audited'); // expect: server-identity
  await heapServer.trackMany([
    { identity: admin.email, event: 'Audit Logged' },
    { event: 'Audit Mirrored' }, // expect: server-identity
  ]);
}
