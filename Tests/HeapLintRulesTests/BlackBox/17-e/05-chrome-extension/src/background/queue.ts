import { heapTrackBulk, type HeapServerEvent } from './heap';

const KEY = 'heapQueue';

export async function enqueue(event: HeapServerEvent) {
  const { [KEY]: queue = [] } = (await chrome.storage.local.get(KEY)) as Record<string, HeapServerEvent[]>;
  queue.push({ ...event, timestamp: new Date().toISOString() });
  await chrome.storage.local.set({ [KEY]: queue.slice(-500) });
}

export async function flushQueue() {
  const { [KEY]: queue = [] } = (await chrome.storage.local.get(KEY)) as Record<string, HeapServerEvent[]>;
  if (!queue.length) return;
  await heapTrackBulk(queue);
  await chrome.storage.local.set({ [KEY]: [] });
}
