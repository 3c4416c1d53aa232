import axios from 'axios';
import { HEAP_API, HEAP_APP_ID } from './config';

type Props = Record<string, string | number>;

const heapHttp = axios.create({
  baseURL: HEAP_API,
  timeout: 4000,
  headers: { 'Content-Type': 'application/json' },
});

export async function trackServerEvent(identity: string, event: string, properties: Props = {}): Promise<void> {
  await heapHttp.post('/track', { app_id: HEAP_APP_ID, identity, event, properties });
}

export async function addUserProps(identity: string, properties: Props): Promise<void> {
  await heapHttp.post('/add_user_properties', { app_id: HEAP_APP_ID, identity, properties });
}
