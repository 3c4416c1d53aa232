import axios, { AxiosInstance } from "axios";
import { HEAP_APP_ID } from "../../config";

type Props = Record<string, string | number>;

/**
 * Small client for Heap's server-side API. Reused across invocations of a warm Lambda.
 */
export class HeapHttpClient {
  private readonly http: AxiosInstance;

  constructor(private readonly appId: string) {
    this.http = axios.create({
      baseURL: "https://heapanalytics.com/api",
      timeout: 3000,
      headers: { "content-type": "application/json" },
    });
  }

  private async post(path: string, body: Record<string, unknown>): Promise<void> {
    try {
      await this.http.post(path, { app_id: this.appId, ...body });
    } catch (err) {
      // analytics must never fail a billing handler
      console.warn(`[heap] POST ${path} failed`, (err as Error).message);
    }
  }

  track(identity: string, event: string, properties: Props = {}) {
    return this.post("/track", { identity, event, properties });
  }

  addUserProperties(identity: string, properties: Props) {
    return this.post("/add_user_properties", { identity, properties });
  }

  addAccountProperties(accountId: string, properties: Props) {
    return this.post("/add_account_properties", { account_id: accountId, properties });
  }
}

export const heapHttp = new HeapHttpClient(HEAP_APP_ID);
