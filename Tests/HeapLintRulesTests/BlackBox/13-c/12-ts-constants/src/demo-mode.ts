import { DemoAccount, IDENTITIES, Mode, PRESET_USERS } from './constants';

declare global {
  interface Window {
    heap: any;
  }
}

export function enterKioskMode(): void {
  window.heap.identify(DemoAccount.Kiosk); // expect: hardcoded-identity
  window.heap.addUserProperties({ mode: Mode.Demo });
}

export function enterGuestMode(): void {
  window.heap.identify(IDENTITIES.GUEST); // expect: blocklisted-identity
}

export function runQaScript(): void {
  window.heap.identify(PRESET_USERS.qa); // expect: hardcoded-identity
}

export function identifyFromRecord(user: { id: number }): void {
  window.heap.identify(user.id.toString); // expect: identity-type
}

export function identifyFromRecordFixed(user: { id: number }): void {
  window.heap.identify(user.id.toString());
  window.heap.addUserProperties({ mode: Mode.Live });
}
