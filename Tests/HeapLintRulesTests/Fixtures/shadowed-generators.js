/* heaplint-disable conflicting-identities -- a catalogue of separate cases, not one flow */
// Local functions that happen to share a generator's name are not generators.
function uuidv4() {
  return session.userId;
}
const nanoid = () => account.email;
heap.identify(uuidv4());
heap.identify(nanoid());
function withParam(Math) {
  heap.identify(Math.random());
}
