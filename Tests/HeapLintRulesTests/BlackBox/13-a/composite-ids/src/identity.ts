declare const heap: {
  identify(identity: string): void;
  addUserProperties(props: Record<string, string | number>): void;
};

interface Member {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  plan: string;
}

interface Org {
  id: string;
  slug: string;
  name: string;
}

export function identifyMember(orgId: string, user: Member) {
  heap.identify(`${orgId}:${user.id}`);
  heap.addUserProperties({ org_id: orgId, plan: user.plan });
}

export function identifyBySlug(org: Org, member: Member) {
  heap.identify(`${org.slug}/${member.email}`);
}

export function identifyTenantUser(tenant: { id: string }, user: Member) {
  heap.identify(tenant.id + '-' + user.id);
}

export function identifyOrgDashboard(org: Org) {
  heap.identify(`${org.id}`); // expect: non-unique-identity
  heap.addUserProperties({ org_name: org.name });
}

export function identifyTeamScreen(team: { id: string; name: string }) {
  heap.identify(`team-${team.id}`); // expect: non-unique-identity
}

export function identifyByFullName(user: Member) {
  heap.identify(user.firstName + ' ' + user.lastName); // expect: non-unique-identity
}

export function identifyByPlan(user: Member) {
  heap.identify(user.plan); // expect: non-unique-identity
}
