export interface Member {
  id: string;
  email: string;
  joinedAt: Date;
  isOwner: boolean;
  labels: readonly string[];
  nickname?: string | null;
  seats: number;
}

type Team = { name: string; members: Member[]; archived: boolean | undefined };

export function describe(member: Member, team: Team): void {
  heap.addUserProperties({ email: member.email, seats: member.seats, nickname: member.nickname ?? '' });
  heap.addUserProperties({ joined: member.joinedAt }); // expect: user-property-value
  heap.addUserProperties({ owner: member.isOwner }); // expect: user-property-value
  heap.addUserProperties({ labels: member.labels }); // expect: user-property-value
  heap.addUserProperties({ team_size: team.members.length, archived: team.archived }); // expect: user-property-value
  heap.addUserProperties({ joined_at: member.joinedAt.toISOString(), labels_csv: member.labels.join(',') });
}

export function untyped(member: { joinedAt: Date }, other: Partial<Member>): void {
  // Inline and generic types are not read: silent.
  heap.addUserProperties({ joined: member.joinedAt, owner: other.isOwner });
}
