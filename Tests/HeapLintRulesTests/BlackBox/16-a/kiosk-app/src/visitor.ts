declare const heap: any;

const visitorKey: string = crypto.randomUUID();
const launchStamp = 'visitor-' + Date.now();

function storedAccountId(): string | null {
  return window.localStorage.getItem('accountId');
}

export function tagWalkInVisitor(): void {
  const identityForHeap = visitorKey;
  heap.identify(identityForHeap); // expect: random-identity
}

export function tagTimedVisitor(): void {
  heap.identify(launchStamp); // expect: random-identity
}

export function tagVisitorProperties(): void {
  // Random values as *properties* are fine: only identities must be stable.
  heap.addUserProperties({ visit_key: visitorKey, launched: launchStamp });
}

export function tagReturningMember(member: { memberId: string }): void {
  let memberIdentity = '';
  memberIdentity = member.memberId;
  heap.identify(memberIdentity);
}

export function accountForDebug(): string {
  return storedAccountId() ?? 'none';
}
