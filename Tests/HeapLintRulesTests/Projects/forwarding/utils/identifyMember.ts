export function identifyMember(member: { id: string }) {
  (window as any).heap?.identify(member.id);
}
