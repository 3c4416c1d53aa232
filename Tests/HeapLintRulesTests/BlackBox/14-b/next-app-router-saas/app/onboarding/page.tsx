'use client';

import { useState } from 'react';

const INTERESTS = ['reporting', 'automation', 'integrations', 'billing'];

export default function OnboardingPage() {
  const [size, setSize] = useState('1-10');
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const finish = () => {
    window.heap?.addUserProperties({ companySize: size, interests: Array.from(selected) }); // expect: user-property-value
    window.heap?.addUserProperties({ onboardingInterests: Array.from(selected).join(',') });
    window.heap?.track('Onboarding Finished', { interestCount: selected.size });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); finish(); }}>
      <select value={size} onChange={(e) => setSize(e.target.value)}>
        <option>1-10</option>
        <option>11-50</option>
        <option>51+</option>
      </select>
      {INTERESTS.map((i) => (
        <label key={i}>
          <input
            type="checkbox"
            checked={selected.has(i)}
            onChange={() => {
              const next = new Set(selected);
              if (next.has(i)) next.delete(i); else next.add(i);
              setSelected(next);
            }}
          />
          {i}
        </label>
      ))}
      <button type="submit">Finish</button>
    </form>
  );
}
