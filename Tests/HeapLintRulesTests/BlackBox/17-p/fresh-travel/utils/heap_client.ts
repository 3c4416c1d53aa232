import { IS_BROWSER } from "$fresh/runtime.ts";
import type {} from "../types/heap.d.ts";

type Traits = Record<string, unknown>;

export function identifyTraveler(identity: string): void {
  if (!IS_BROWSER) return;
  globalThis.heap?.identify(identity);
}

export function addTraits(traits: Traits): void {
  if (!IS_BROWSER) return;
  globalThis.heap?.addUserProperties(traits);
}

export function trackClient(event: string, props: Record<string, string | number> = {}): void {
  if (!IS_BROWSER) return;
  globalThis.heap?.track(event, props);
}

export function forgetTraveler(): void {
  if (IS_BROWSER) globalThis.heap?.resetIdentity();
}
