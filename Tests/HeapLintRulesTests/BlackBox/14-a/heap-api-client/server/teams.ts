import createHeapClient from 'heap-api';
import { config } from './config';

const heapClient = createHeapClient(config.heap.appId);

export function inviteAccepted(invite: { inviteeEmail: string; teamId: string; role: string }): void {
  heapClient.track('Invite Accepted', invite.inviteeEmail, {
    team: invite.teamId,
    role: invite.role,
  });
  heapClient.addUserProperties(invite.inviteeEmail, { team_role: invite.role });
}

export function teamDeleted(team: { id: string; ownerEmail: string }): void {
  heapClient.track('Team Deleted', team.ownerEmail, { team: team.id });
}

export function trialReminderSent(): void {
  heapClient.track('Trial Reminder Batch', 'undefined', { source: 'scheduler' }); // expect: server-identity
}
