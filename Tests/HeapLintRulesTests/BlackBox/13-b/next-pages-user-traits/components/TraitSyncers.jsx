import { useEffect } from 'react';
import { setTraits } from '../lib/heap';
import { useExperiments } from '../lib/experiments';

export function ExperimentTraits() {
  const { assignment, assignedExperiments } = useExperiments();

  useEffect(() => {
    if (!assignment) return;
    window.heap.addUserProperties({ variant: assignment.variant, bucket: assignment.bucket });
    window.heap.addUserProperties({ experiments: [...assignedExperiments] }); // expect: user-property-value
  }, [assignment, assignedExperiments]);

  return null;
}

export function ThemeTraits() {
  useEffect(() => {
    const root = document.documentElement;
    window.heap.addUserProperties({ colorScheme: root.getAttribute('data-theme') || 'light' });
    window.heap.addUserProperties({ darkMode: root.hasAttribute('data-dark') }); // expect: user-property-value
  }, []);

  return null;
}

export function ContactTraits({ contact, geo }) {
  useEffect(() => {
    const formatName = () => `${contact.firstName} ${contact.lastName}`.trim();
    setTraits({ city: geo.city, country: geo.country });
    setTraits({ location: { city: geo.city, country: geo.country } }); // expect: user-property-value
    setTraits({ displayName: formatName }); // expect: user-property-value
  }, [contact, geo]);

  return null;
}
