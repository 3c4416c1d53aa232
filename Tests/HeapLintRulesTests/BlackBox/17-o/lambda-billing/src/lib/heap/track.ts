import axios from "axios";
import { HEAP_APP_ID, SYSTEM_ACTOR } from "../../config";

const HEAP_TRACK_URL = "https://heapanalytics.com/api/track";

type Props = Record<string, string | number>;

/**
 * Fire-and-forget billing event. `identity` is the customer's email when the event belongs to a
 * customer; scheduled jobs can leave it out.
 */
export async function trackServer(event: string, properties: Props = {}, identity: string = SYSTEM_ACTOR): Promise<void> {
  try {
    await axios.post(
      HEAP_TRACK_URL,
      { app_id: HEAP_APP_ID, identity, event, properties, timestamp: new Date().toISOString() },
      { timeout: 3000 },
    );
  } catch (err) {
    console.warn(`[heap] track ${event} failed`, (err as Error).message);
  }
}
