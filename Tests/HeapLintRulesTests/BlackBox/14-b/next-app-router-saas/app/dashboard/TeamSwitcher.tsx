'use client';

import { useRouter } from 'next/navigation';

interface Team {
  id: string;
  name: string;
}

export function TeamSwitcher({ teams, current }: { teams: Team[]; current: Team }) {
  const router = useRouter();

  const switchTeam = (team: Team) => {
    window.heap?.identify(team.id); // expect: non-unique-identity
    window.heap?.track('Team Switched', { from: current.name, to: team.name });
    router.push(`/dashboard/${team.id}`);
  };

  return (
    <select value={current.id} onChange={(e) => switchTeam(teams.find((t) => t.id === e.target.value)!)}>
      {teams.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </select>
  );
}
