import axios from 'axios';

const HEAP_PUBLIC = 'https://heapanalytics.com/api/public/v0';

async function getAuthToken(): Promise<string> {
  const { data } = await axios.post(
    `${HEAP_PUBLIC}/auth_token`,
    {},
    { auth: { username: process.env.HEAP_APP_ID!, password: process.env.HEAP_API_KEY! } }
  );
  return data.access_token;
}

export async function deleteHeapUsers(emails: string[]): Promise<void> {
  const token = await getAuthToken();
  await axios.post(
    `${HEAP_PUBLIC}/user_deletion`,
    { users: emails.map((email) => ({ identity: email })) },
    { headers: { Authorization: `Bearer ${token}` } }
  );
}

export async function deleteHeapUserById(heapUserId: string): Promise<void> {
  const token = await getAuthToken();
  await axios.post(
    `${HEAP_PUBLIC}/user_deletion`,
    { users: [{ user_id: heapUserId }] },
    { headers: { Authorization: `Bearer ${token}` } }
  );
}

export async function handleErasureRequest(request: { email: string; heapUserId?: string }): Promise<void> {
  const token = await getAuthToken();
  const users = request.heapUserId
    ? [{ identity: request.email }, { user_id: request.heapUserId }]
    : [{ identity: request.email }];
  await axios.post(`${HEAP_PUBLIC}/user_deletion`, { users }, { headers: { Authorization: `Bearer ${token}` } });
}
