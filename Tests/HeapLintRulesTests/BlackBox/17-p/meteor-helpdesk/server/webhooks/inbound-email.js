import { Meteor } from 'meteor/meteor';
import { WebApp } from 'meteor/webapp';
import { Random } from 'meteor/random';
import { Tickets } from '/imports/api/tickets/collection';

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => { data += chunk; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

// The mail provider POSTs every message sent to a team's support address here.
WebApp.connectHandlers.use('/hooks/inbound-email', async (req, res) => {
  if (req.headers['x-relay-token'] !== Meteor.settings.inboundToken) {
    res.writeHead(401).end();
    return;
  }
  const msg = JSON.parse(await readBody(req));

  await Tickets.insertAsync({
    _id: Random.id(),
    subject: msg.subject,
    body: msg.text,
    requesterEmail: msg.from,
    mailbox: msg.mailbox,
    status: 'open',
    priority: 'normal',
    createdAt: new Date(),
  });

  await fetch('https://heapanalytics.com/api/track', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: Meteor.settings.heap.appId,
      event: 'Inbound Email Received',
      properties: { mailbox: msg.mailbox, attachments: msg.attachments?.length ?? 0 },
    }),
  });

  res.writeHead(204).end();
});
