import { MinHeap } from '../lib/min-heap';

/**
 * Sliding-window limiter per API key: one object per key, request times kept
 * in a min-heap so expired entries fall off the front.
 */
export class RateLimiter implements DurableObject {
  private heap = new MinHeap<string>();
  private readonly windowMs = 60_000;
  private readonly limit = 600;

  constructor(private readonly state: DurableObjectState) {}

  async fetch(request: Request): Promise<Response> {
    const now = Date.now();
    while (this.heap.size > 0 && (this.heap.peek()?.key ?? now) <= now - this.windowMs) {
      this.heap.pop();
    }
    if (this.heap.size >= this.limit) {
      const retryAfter = Math.ceil(((this.heap.peek()?.key ?? now) + this.windowMs - now) / 1000);
      return Response.json({ allowed: false, retryAfter }, { status: 429 });
    }
    this.heap.push(now, request.headers.get('cf-ray') ?? crypto.randomUUID());
    return Response.json({ allowed: true, remaining: this.limit - this.heap.size });
  }
}
