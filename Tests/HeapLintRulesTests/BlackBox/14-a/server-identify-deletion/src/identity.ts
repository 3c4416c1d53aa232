const APP_ID = process.env.HEAP_APP_ID as string;

// Links the anonymous Heap user created by the browser (heap.userId, sent up
// by the client at sign-up) to the account's permanent identity.
export async function linkHeapUser(heapUserId: string, account: { id: string; email: string }): Promise<void> {
  await fetch('https://heapanalytics.com/api/v1/identify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: APP_ID,
      identity: account.email,
      user_id: heapUserId,
      timestamp: new Date().toISOString(),
    }),
  });
}

export async function linkImportedUser(heapUserId: string): Promise<void> {
  await fetch('https://heapanalytics.com/api/v1/identify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: APP_ID,
      identity: 'null', // expect: server-identity
      user_id: heapUserId,
    }),
  });
}

export async function linkAfterOAuth(heapUserId: string): Promise<void> {
  await fetch('https://heapanalytics.com/api/v1/identify', { // expect: server-identity
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      app_id: APP_ID,
      user_id: heapUserId,
    }),
  });
}
