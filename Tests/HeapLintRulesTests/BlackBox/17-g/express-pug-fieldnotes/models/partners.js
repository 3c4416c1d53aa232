'use strict';

const db = require('../db');

module.exports = {
  findBySlug: (slug) => db('partners').where({ slug, active: true }).first(),
};
