'use strict';

const axios = require('axios');

const postmark = axios.create({
  baseURL: 'https://api.postmarkapp.com',
  headers: { 'X-Postmark-Server-Token': process.env.POSTMARK_TOKEN, Accept: 'application/json' },
});

async function send(template, to, model) {
  await postmark.post('/email/withTemplate', { TemplateAlias: template, To: to, From: 'billing@ledgerly.app', TemplateModel: model });
}

module.exports = { send };
