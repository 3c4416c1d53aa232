import { HeapService, eventFor } from './heapService.mjs';

const heapService = new HeapService(process.env.HEAP_APP_ID);

export async function reportUsage(accounts) {
  const events = [];
  for (const account of accounts) {
    for (const member of account.members) {
      events.push(eventFor(member, 'Weekly Usage', { minutes: member.minutes }));
    }
  }
  await heapService.track(events);
}

export async function reportLogin(user, req) {
  await heapService.trackOne({
    identity: user.email,
    event: 'Server Login',
    properties: { ip_country: req.headers['cf-ipcountry'] ?? 'unknown' },
  });
}

export async function copyProfile(source, target) {
  await heapService.setProperties({ identity: target.email }, { copied_from: source.email });
}
