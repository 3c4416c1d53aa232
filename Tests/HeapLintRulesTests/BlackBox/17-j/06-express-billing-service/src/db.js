'use strict';

const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

module.exports = {
  async query(sql, params = []) {
    const { rows } = await pool.query(sql, params);
    return rows;
  },
};
