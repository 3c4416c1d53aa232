import React, { useState } from 'react';
import { useHeap } from '../../hooks/useHeap';

const TOPICS = ['design', 'engineering', 'marketing', 'sales'];

export function ProfileForm({ profile }: { profile: { id: string; email: string; name: string } }) {
  const { identify, addUserProperties } = useHeap();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [newsletter, setNewsletter] = useState(false);

  const save = async () => {
    await fetch(`/api/profiles/${profile.id}`, {
      method: 'PUT',
      body: JSON.stringify({ topics: [...selected], newsletter }),
    });
    identify(profile.email);
    addUserProperties({ interests: Array.from(selected) }); // expect: user-property-value
    addUserProperties({ interests_csv: Array.from(selected).join(','), newsletter: newsletter ? 'yes' : 'no' });
    addUserProperties({ interest_count: selected.size, display_name: profile.name });
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); save(); }}>
      {TOPICS.map((topic) => (
        <label key={topic}>
          <input
            type="checkbox"
            checked={selected.has(topic)}
            onChange={() => {
              const next = new Set(selected);
              if (next.has(topic)) next.delete(topic); else next.add(topic);
              setSelected(next);
            }}
          />
          {topic}
        </label>
      ))}
      <label>
        <input type="checkbox" checked={newsletter} onChange={(e) => setNewsletter(e.target.checked)} /> Newsletter
      </label>
      <button type="submit">Save</button>
    </form>
  );
}
