'use strict';

const { Pool } = require('pg');
const { databaseUrl } = require('../config');

const pool = new Pool({ connectionString: databaseUrl });

module.exports = {
  query: (text, params) => pool.query(text, params),
  accounts: {
    async markExpired(id) {
      await pool.query("UPDATE accounts SET status = 'expired' WHERE id = $1", [id]);
    },
    async activeSince(date) {
      const { rows } = await pool.query('SELECT * FROM accounts WHERE updated_at >= $1', [date]);
      return rows;
    },
  },
  invoices: {
    async findOverdue({ olderThanDays }) {
      const { rows } = await pool.query(
        "SELECT id, customer_email AS \"customerEmail\", now()::date - due_date AS \"daysOverdue\" FROM invoices WHERE status = 'open' AND due_date < now() - ($1 || ' days')::interval",
        [olderThanDays],
      );
      return rows;
    },
  },
  usage: {
    async membersWithUsage(day) {
      const { rows } = await pool.query('SELECT email, seats_used AS "seatsUsed", api_calls AS "apiCalls" FROM member_usage WHERE day = $1', [day]);
      return rows;
    },
  },
};
