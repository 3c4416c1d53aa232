import { Injectable, Logger } from '@nestjs/common';
import axios, { AxiosError, AxiosInstance } from 'axios';

import { HEAP_API_BASE, HEAP_APP_ID, SYSTEM_ACTOR } from '../config/heap.config';

export type HeapProps = Record<string, string | number>;

export interface TeamSnapshot {
  id: string;
  plan: string;
  seats: number;
  mrr: number;
}

@Injectable()
export class HeapService {
  private readonly logger = new Logger(HeapService.name);

  private readonly client: AxiosInstance = axios.create({
    baseURL: HEAP_API_BASE,
    timeout: 5_000,
    headers: { 'Content-Type': 'application/json' },
  });

  /** Server-side event for one customer, identified the same way the web app identifies them (email). */
  async track(identity: string, event: string, properties: HeapProps = {}): Promise<void> {
    try {
      await this.client.post('/track', { app_id: HEAP_APP_ID, identity, event, properties });
    } catch (err) {
      this.logger.warn(`track ${event} failed: ${(err as AxiosError).message}`);
    }
  }

  /** Events emitted by the backend itself; pass the customer as `identity` when there is one. */
  async trackSystem(event: string, properties: HeapProps = {}, identity: string = SYSTEM_ACTOR): Promise<void> {
    await this.track(identity, event, properties);
  }

  async addUserProperties(identity: string, properties: HeapProps): Promise<void> {
    await this.client.post('/add_user_properties', { app_id: HEAP_APP_ID, identity, properties });
  }

  async identifyServerSide(identity: string, heapUserId: string): Promise<void> {
    await this.client.post('/v1/identify', { app_id: HEAP_APP_ID, identity, user_id: heapUserId });
  }

  async syncTeam(team: TeamSnapshot): Promise<void> {
    await this.client.post('/add_account_properties', { app_id: HEAP_APP_ID, account_id: team.id, properties: { plan: team.plan, seats: team.seats } });
  }

  async syncTeamRevenue(team: TeamSnapshot): Promise<void> {
    await this.client.post('/add_account_properties', { app_id: HEAP_APP_ID, properties: { team_id: team.id, mrr: team.mrr } }); // expect: server-identity
  }
}
