import type { APIRoute } from 'astro';
import axios from 'axios';
import { findBadge, findSponsor } from '../../lib/badges';

export const prerender = false;

const HEAP = 'https://heapanalytics.com';
const APP_ID = import.meta.env.HEAP_APP_ID;

export const POST: APIRoute = async ({ request }) => {
  const { badgeId, boothCode } = await request.json();
  const badge = await findBadge(badgeId);
  const sponsor = await findSponsor(boothCode);
  if (!badge || !sponsor) return new Response('unknown badge or booth', { status: 404 });

  await axios.post(`${HEAP}/api/track`, { app_id: APP_ID, identity: badge.email, event: 'Booth Scan', properties: { sponsor: sponsor.name, booth: boothCode } });
  await axios.post(`${HEAP}/api/add_account_properties`, { app_id: APP_ID, account_id: sponsor.id, properties: { booth_scans: sponsor.scans + 1 } });
  await axios.post(`${HEAP}/api/add_account_properties`, { app_id: APP_ID, properties: { last_scan_booth: boothCode } }); // expect: server-identity

  return new Response(JSON.stringify({ ok: true, name: badge.firstName }), { status: 200 });
};
