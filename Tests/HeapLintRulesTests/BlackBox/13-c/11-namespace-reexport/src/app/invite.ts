import { nanoid } from 'nanoid';
import { track, addTraits } from '../analytics';
import type { Invite } from '../types';

export function openInviteLink(invite: Invite): void {
  const visitorKey = nanoid();
  track(visitorKey); // expect: random-identity
  addTraits({ invitedBy: invite.inviterEmail });
}

export function acceptInvite(invite: Invite): void {
  track(invite.acceptedBy.id);
}
