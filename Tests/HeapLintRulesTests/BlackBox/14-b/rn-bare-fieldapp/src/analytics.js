import Heap from '@heap/react-native-heap';

export function identifyInspector(inspector) {
  Heap.identify(inspector.email);
  Heap.addUserProperties({ region: inspector.region, certifications: inspector.certCount });
}

export function identifyOfflineInspector() {
  // No network at the job site: make up an id so events still group together.
  Heap.identify(String(Date.now())); // expect: random-identity
}

export function syncProfile(profile) {
  Heap.setUserId(profile.id); // expect: unknown-heap-method
  Heap.addUserProperties({ lastSync: new Date().toISOString() });
}

export function inspectionSubmitted(inspection) {
  Heap.track('Inspection Submitted', { siteType: inspection.siteType, photos: inspection.photos.length });
}

export function logout() {
  Heap.resetIdentity();
}
