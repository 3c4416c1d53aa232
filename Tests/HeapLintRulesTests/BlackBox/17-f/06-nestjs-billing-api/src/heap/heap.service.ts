import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import axios, { AxiosError, AxiosInstance } from 'axios';
import { randomUUID } from 'node:crypto';

export type HeapProperties = Record<string, string | number>;

/**
 * Server-side calls to Heap's HTTP API. Browser tracking is done by the
 * dashboard app; this covers what only the backend knows (payments, usage).
 */
@Injectable()
export class HeapService {
  private readonly logger = new Logger(HeapService.name);
  private readonly client: AxiosInstance;
  private readonly appId: string;

  constructor(config: ConfigService) {
    this.appId = config.getOrThrow<string>('HEAP_APP_ID');
    this.client = axios.create({
      baseURL: 'https://heapanalytics.com/api',
      timeout: 5_000,
      headers: { 'Content-Type': 'application/json' },
    });
  }

  async track(identity: string, event: string, properties: HeapProperties = {}): Promise<void> {
    try {
      await this.client.post(
        '/track',
        { app_id: this.appId, identity, event, properties },
        { headers: { 'X-Request-Id': randomUUID() } },
      );
    } catch (err) {
      this.report('track', err);
    }
  }

  async addUserProperties(identity: string, properties: HeapProperties): Promise<void> {
    try {
      await this.client.post('/add_user_properties', { app_id: this.appId, identity, properties });
    } catch (err) {
      this.report('add_user_properties', err);
    }
  }

  async addAccountProperties(accountId: string, properties: HeapProperties): Promise<void> {
    try {
      await this.client.post('/add_account_properties', { app_id: this.appId, account_id: accountId, properties });
    } catch (err) {
      this.report('add_account_properties', err);
    }
  }

  private report(call: string, err: unknown): void {
    const status = (err as AxiosError)?.response?.status;
    this.logger.warn(`heap ${call} failed${status ? ` (${status})` : ''}: ${(err as Error).message}`);
  }
}
