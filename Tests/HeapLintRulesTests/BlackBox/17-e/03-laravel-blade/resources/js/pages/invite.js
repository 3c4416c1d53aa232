import { trackEvent } from '../analytics';

export function initInviteAccept(root) {
    const invite = JSON.parse(root.dataset.invite);

    root.querySelector('form').addEventListener('submit', () => {
        trackEvent('Invite Accepted', { role: invite.role });
        if (window.heap) {
            window.heap.identify(invite.email, { invitedBy: invite.inviterId }); // expect: identity-type
        }
    });
}
