import type { Env } from '../env';
import { HeapClient, type HeapProps } from './client';

/**
 * Operational events (cache purges, key rotations, imports). Pass the person
 * who triggered them when there is one.
 */
export async function trackSystemEvent(
  env: Env,
  event: string,
  properties: HeapProps = {},
  identity = 'edge-worker',
): Promise<void> {
  const heap = new HeapClient(env.HEAP_APP_ID);
  await heap.track(event, identity, { ...properties, source: 'edge' });
}
