import { useEffect } from 'react';
import { useRouter } from 'next/router';
import useSWR from 'swr';
import { identifyUser, setTeamTraits, trackEvent } from '../../lib/analytics/heap';
import { EVENTS } from '../../lib/analytics/config';

type Team = { id: string; name: string; seats: number; tier: string };

const fetcher = (url: string) => fetch(url).then((r) => r.json());

export default function TeamPage() {
  const { query } = useRouter();
  const { data: team } = useSWR<Team>(query.slug ? `/api/teams/${query.slug}` : null, fetcher);

  useEffect(() => {
    if (!team) return;
    // B2B buyers share one login flow per team.
    identifyUser(team.id); // expect: non-unique-identity
    setTeamTraits({ name: team.name, seats: team.seats, tier: team.tier });
    trackEvent(EVENTS.teamSwitched, { team: team.name });
  }, [team]);

  if (!team) return <p>Loading…</p>;
  return <h1>{team.name}</h1>;
}
