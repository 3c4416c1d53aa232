import axios from 'axios';
import { pool } from '../db.mjs';

const HEAP_APP_ID = process.env.HEAP_APP_ID;

export const handler = async () => {
  const { rows } = await pool.query(
    'select email, plan, seats, created_at from users where updated_at > now() - interval \'1 hour\''
  );

  const users = rows.map((row) => ({
    identity: row.email,
    properties: { plan: row.plan, seats: row.seats, signup_date: row.created_at.toISOString() },
  }));

  for (let i = 0; i < users.length; i += 1000) {
    await axios.post('https://heapanalytics.com/api/add_user_properties', {
      app_id: HEAP_APP_ID,
      users: users.slice(i, i + 1000),
    });
  }

  return { synced: users.length };
};
