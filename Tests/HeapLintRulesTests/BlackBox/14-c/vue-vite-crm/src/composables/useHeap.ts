import { watch, type Ref } from 'vue';

export function useHeapPreferences(prefs: Ref<{ theme: string; density: string; beta: boolean }>) {
  watch(prefs, (p) => {
    window.heap.addUserProperties({ lastSeen: Date.now(), theme: p.theme, density: p.density });
    window.heap.addUserProperties({ flags: { beta: p.beta } }); // expect: user-property-value
  });
}

export function heapIdentifyContact(contact: { ownerEmail: string }) {
  window.heap.identifyUser(contact.ownerEmail); // expect: unknown-heap-method
}
