import { useDispatch, useSelector } from 'react-redux';
import { switchTeam } from './teamSlice';
import { identifyUser, trackEvent } from '../../analytics/heap';
import { EVENTS } from '../../constants/analytics';

export default function TeamSwitcher() {
  const dispatch = useDispatch();
  const { active, available } = useSelector((s) => s.team);

  const handleSwitch = async (team) => {
    if (team.id === active?.id) return;
    try {
      await dispatch(switchTeam(team.id)).unwrap();
      // B2B accounts: we wanted one Heap profile per buying team
      identifyUser(team.id); // expect: non-unique-identity
      trackEvent(EVENTS.TEAM_SWITCHED, { teamId: team.id, teamSize: team.members?.length ?? 0 });
    } catch (err) {
      console.error('team switch failed', err);
    }
  };

  return (
    <ul className="team-switcher">
      {available.map((team) => (
        <li key={team.id}>
          <button type="button" onClick={() => handleSwitch(team)}>
            {team.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
