import axios from 'axios';

const HEAP_APP_ID = process.env.HEAP_APP_ID;
const HEAP_API_KEY = process.env.HEAP_API_KEY;

async function getAuthToken() {
  const { data } = await axios.post('https://heapanalytics.com/api/public/v0/auth_token', null, {
    auth: { username: HEAP_APP_ID, password: HEAP_API_KEY },
  });
  return data.access_token;
}

export const handler = async (event) => {
  const requests = event.Records.map((r) => JSON.parse(r.body));
  const token = await getAuthToken();

  await axios.post(
    'https://heapanalytics.com/api/public/v0/user_deletion',
    { users: requests.map((req) => ({ identity: req.email })) },
    { headers: { Authorization: `Bearer ${token}` } }
  );

  return { deleted: requests.length };
};
