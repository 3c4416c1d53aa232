import * as analytics from '../analytics/heap';

interface Member {
  id: string;
  email: string;
  displayName: string;
}

interface TeamPayload {
  team: { id: string; name: string };
  me: Member;
}

export async function loadTeamPage(slug: string) {
  const res = await fetch(`/api/teams/${slug}`);
  const { team, me }: TeamPayload = await res.json();
  analytics.identifyUser(team.id); // expect: non-unique-identity
  analytics.setUserTraits({ team_name: team.name });
  return { team, me };
}

export function onMemberProfileSaved(member: Member) {
  analytics.identifyUser(member.email);
  analytics.setUserTraits({ display_name: member.displayName });
}
