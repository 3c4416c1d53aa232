// Event names shared by the agent console and the portal, so reports line up.
export const EVENTS = Object.freeze({
  KIOSK_CHECK_IN: 'Walk-up Check-in',
  TICKET_SUBMITTED: 'Ticket Submitted',
  TICKET_RESOLVED: 'Ticket Resolved',
});

// The walk-up kiosk in the lobby runs the console without an agent signed in.
export const KIOSK_AGENT = 'lobby-kiosk-01';

export const TICKET_CHANNELS = ['web-form', 'email', 'kiosk', 'phone'];
