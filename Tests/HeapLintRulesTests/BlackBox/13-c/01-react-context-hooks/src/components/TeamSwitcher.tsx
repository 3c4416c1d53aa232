import { useState } from 'react';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import type { Team, User } from '../types';

export function TeamSwitcher({ teams, user }: { teams: Team[]; user: User }) {
  const [current, setCurrent] = useState<Team>(teams[0]);
  const { identify, setUserProps } = useAnalytics();

  const onSwitch = (team: Team) => {
    setCurrent(team);
    identify(team.id); // expect: non-unique-identity
    setUserProps({ isOwner: team.ownerId === user.id }); // expect: user-property-value
  };

  return (
    <select value={current.id} onChange={(e) => onSwitch(teams.find((t) => t.id === e.target.value)!)}>
      {teams.map((t) => (
        <option key={t.id} value={t.id}>{t.name}</option>
      ))}
    </select>
  );
}
