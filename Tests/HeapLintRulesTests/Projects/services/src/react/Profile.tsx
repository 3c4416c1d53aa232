import React from 'react';
import { nanoid } from 'nanoid';
import { useHeap } from './useHeap';

export function Profile({ profile, selected }: { profile: { email: string }; selected: Set<string> }) {
  const { identify, addUserProperties } = useHeap();
  const heapApi = useHeap();
  const save = () => {
    identify(profile.email);
    addUserProperties({ interests: Array.from(selected) }); // expect: user-property-value
    addUserProperties({ interest_count: selected.size });
  };
  const anonymous = () => heapApi.identify(nanoid()); // expect: random-identity
  return <button onClick={save}>Save</button>;
}
