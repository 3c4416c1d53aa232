import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { addSubscriber } from '$lib/server/newsletter';
import type { RequestHandler } from './$types';

const HEAP_API = 'https://heapanalytics.com/api';

export const POST: RequestHandler = async ({ request, locals }) => {
	const { email, list, topics } = (await request.json()) as {
		email?: string;
		list: string;
		topics: string[];
	};
	if (!email) throw error(400, 'email is required');

	await addSubscriber(email, list);

	await fetch(`${HEAP_API}/add_user_properties`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ app_id: env.HEAP_APP_ID, identity: email, properties: { newsletter: list } })
	});

	await fetch(`${HEAP_API}/track`, { // expect: server-identity
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({
			app_id: env.HEAP_APP_ID,
			event: 'Newsletter Subscribed',
			properties: { email, list, topics: topics.join(','), signed_in: locals.user ? 'yes' : 'no' }
		})
	});

	return json({ ok: true });
};
