'use strict';

const heap = require('heap-server')(process.env.HEAP_APP_ID);

exports.trackDownload = function trackDownload(user, file) {
  heap.push({
    identity: user.email,
    event: 'File Downloaded',
    properties: { extension: file.ext, size: file.size },
  });
};

exports.updateUser = function updateUser(user) {
  heap.push(
    {
      identity: user.email,
      properties: { plan: user.plan, company: user.company },
    },
    function (err) {
      if (err) console.error('heap push failed', err);
    }
  );
};

exports.trackWebhook = function trackWebhook(payload) {
  heap.push({ // expect: server-identity
    event: 'Webhook Received',
    properties: { source: payload.source },
  });
};

exports.trackAdminAction = function trackAdminAction(action) {
  heap.push({
    identity: 'admin', // expect: server-identity
    event: 'Admin Action',
    properties: { action: action.name },
  });
};

exports.forward = function forward(message) {
  heap.push(Object.assign({}, message, { properties: message.properties || {} }));
};
