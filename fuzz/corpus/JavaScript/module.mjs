import heapDefault, { identify as id, * as ns } from './heap.js';
export * from 'mod'; export { id as default };
const { load } = await import('./loader.js');
export async function* gen() { for await (const x of ns.stream()) yield* x; }
id?.(crypto.randomUUID());
