const HEAP = 'https://heapanalytics.com';

async function getToken() {
  const basic = Buffer.from(`${process.env.HEAP_APP_ID}:${process.env.HEAP_API_KEY}`).toString('base64');
  const res = await fetch(`${HEAP}/api/public/v0/auth_token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}` },
  });
  const { access_token } = await res.json();
  return access_token;
}

export default async (req) => {
  const { emails = [], heapUserIds = [] } = await req.json();
  const token = await getToken();
  const res = await fetch(`${HEAP}/api/public/v0/user_deletion`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      users: [
        ...emails.map((email) => ({ identity: email })),
        ...heapUserIds.map((id) => ({ user_id: Number(id) })),
      ],
    }),
  });
  return Response.json(await res.json());
};
