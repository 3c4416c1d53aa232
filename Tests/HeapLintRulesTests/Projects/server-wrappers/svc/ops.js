'use strict';

const { recordEvent } = require('./send');

// Operational events: the person who triggered one is passed when there is one.
async function opsEvent(event, properties = {}, identity = 'ops-bot') {
  await recordEvent(identity, event, { ...properties, source: 'ops' });
}

module.exports = { opsEvent };
