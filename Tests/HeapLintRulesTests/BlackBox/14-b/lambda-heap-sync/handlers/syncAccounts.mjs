import axios from 'axios';
import { pool } from '../db.mjs';

const HEAP_APP_ID = process.env.HEAP_APP_ID;

export const handler = async (event) => {
  if (event.accountId) {
    const { rows } = await pool.query('select id, name, mrr from accounts where id = $1', [event.accountId]);
    const account = rows[0];
    await axios.post('https://heapanalytics.com/api/add_account_properties', {
      app_id: HEAP_APP_ID,
      account_id: String(account.id),
      properties: { name: account.name, mrr: account.mrr },
    });
    return { synced: 1 };
  }

  const { rows } = await pool.query('select id, name, mrr, industry from accounts');
  await axios.post('https://heapanalytics.com/api/add_account_properties', {
    app_id: HEAP_APP_ID,
    accounts: rows.map((a) => ({
      account_id: String(a.id),
      properties: { name: a.name, mrr: a.mrr, industry: a.industry },
    })),
  });
  return { synced: rows.length };
};
