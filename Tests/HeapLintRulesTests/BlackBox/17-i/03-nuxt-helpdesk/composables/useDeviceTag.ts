// A per-browser tag so support can tell "same laptop" apart in ticket
// metadata. It is attached to events, never used as the user's identity.
export function useDeviceTag(): string {
  const key = 'relay_device_tag';
  let tag = localStorage.getItem(key);
  if (!tag) {
    tag = crypto.randomUUID();
    localStorage.setItem(key, tag);
  }
  return tag;
}
