declare const heap: any;

// ---------------------------------------------------------------------------
// Constants (kept at the top so ops can find them)
// ---------------------------------------------------------------------------
const FLOOR_DEVICE_LABEL = 'lobby-kiosk';
const SIGNED_OUT_MARKER = 'guest';
const IDLE_TIMEOUT_MS = 90_000;
const SCREEN_SAVER_URL = '/screensaver';

interface StaffMember {
  id: number;
  email: string;
  displayName: string;
  badgeNumber: string;
}

let activeStaff: StaffMember | null = null;
let idleTimer: number | undefined;

function scheduleIdle(): void {
  window.clearTimeout(idleTimer);
  idleTimer = window.setTimeout(() => {
    window.location.href = SCREEN_SAVER_URL;
  }, IDLE_TIMEOUT_MS);
}

function formatBadge(b: string): string {
  return b.padStart(6, '0');
}

export function onBadgeScanned(staff: StaffMember): void {
  activeStaff = staff;
  heap.identify(staff.email);
  heap.addUserProperties({ badge: formatBadge(staff.badgeNumber) });
  scheduleIdle();
}

export function onKioskStart(): void {
  const kioskIdentity = FLOOR_DEVICE_LABEL;
  heap.identify(kioskIdentity); // expect: hardcoded-identity
}

export function onSignOut(): void {
  let who = SIGNED_OUT_MARKER;
  if (activeStaff) {
    who = SIGNED_OUT_MARKER;
  }
  activeStaff = null;
  heap.identify(who); // expect: blocklisted-identity
}

export function onLogoutProper(): void {
  activeStaff = null;
  heap.resetIdentity();
}
