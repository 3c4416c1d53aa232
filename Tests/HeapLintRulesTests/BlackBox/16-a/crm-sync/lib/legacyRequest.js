const request = require('request');

const HEAP_ENDPOINT = 'https://heapanalytics.com/api/track';

function trackImport(job, done) {
  const opts = {
    url: HEAP_ENDPOINT,
    method: 'POST',
    json: {
      app_id: process.env.HEAP_APP_ID,
      event: 'CRM Import Finished',
      properties: { rows: job.rows },
    },
  };
  request(opts, done); // expect: server-identity
}

function trackImportFor(job, user, done) {
  request(
    {
      url: HEAP_ENDPOINT,
      method: 'POST',
      json: {
        app_id: process.env.HEAP_APP_ID,
        identity: user.email,
        event: 'CRM Import Finished',
        properties: { rows: job.rows },
      },
    },
    done
  );
}

module.exports = { trackImport, trackImportFor };
