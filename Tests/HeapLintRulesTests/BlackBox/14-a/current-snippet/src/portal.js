function sha256Hex(text) {
  return crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((buf) =>
    Array.from(new Uint8Array(buf))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
  );
}

export async function identifyPortalUser(user) {
  const hashed = await sha256Hex(user.email.toLowerCase());
  window.heap.identifyHashed(hashed);
  window.heap.addUserProperties({ region: user.region, seats: user.seats });
}

export function stopForOptOut() {
  window.heap.stopTracking();
}

export function resumeAfterConsent() {
  window.heap.startTracking();
  window.heap.removePageviewProperty('section');
  window.heap.clearPageviewProperties();
}

export function addScrubber() {
  window.heap.addTransformer({
    name: 'scrub-emails',
    transform: (event) => event,
  });
}

export function identifyWithHeapUserId() {
  window.heap.identify(window.heap.userId); // expect: anonymous-identity
}

export function identifyBySessionId() {
  window.heap.identify(window.heap.getSessionId()); // expect: anonymous-identity
}
