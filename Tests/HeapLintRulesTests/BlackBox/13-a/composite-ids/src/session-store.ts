declare const heap: {
  identify(identity: string): void;
};

interface Profile {
  fullName: string;
  avatarUrl?: string;
}

interface CurrentUser {
  id: string;
  email: string;
  profile?: Profile;
}

interface Account {
  id: string;
  name: string;
}

interface Membership {
  organizationId: string;
  userId: string;
}

let currentUser: CurrentUser | null = null;
let account: Account | null = null;

export function setSession(user: CurrentUser, acct: Account) {
  currentUser = user;
  account = acct;
}

export function identifyCurrent() {
  heap.identify(currentUser!.id);
}

export function identifyCurrentByName() {
  heap.identify(currentUser?.profile?.fullName!); // expect: non-unique-identity
}

export function identifyCurrentAccount() {
  heap.identify(account!.id); // expect: non-unique-identity
}

export function identifyMembership(membership: Membership) {
  heap.identify(membership.organizationId); // expect: non-unique-identity
}

export function identifyMembershipUser(membership: Membership) {
  heap.identify(`${membership.organizationId}:${membership.userId}`);
}
