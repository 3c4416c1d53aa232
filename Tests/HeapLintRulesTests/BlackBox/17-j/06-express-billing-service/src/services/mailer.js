'use strict';

const axios = require('axios');

module.exports = {
  async send(to, template, model) {
    await axios.post('https://api.postmarkapp.com/email/withTemplate', {
      From: 'billing@tallyhq.test',
      To: to,
      TemplateAlias: template,
      TemplateModel: model,
    }, { headers: { 'X-Postmark-Server-Token': process.env.POSTMARK_TOKEN } });
  },
};
