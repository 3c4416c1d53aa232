import { Injectable } from '@angular/core';
import type { Organization } from '../models';

type HeapProps = Record<string, unknown>;

/**
 * Single entry point for product analytics. The Heap snippet lives in
 * index.html; components inject this service instead of touching window.heap.
 */
@Injectable({ providedIn: 'root' })
export class AnalyticsService {
  private get heap(): any {
    return (window as any).heap;
  }

  identify(agentId: string): void {
    this.heap?.identify(agentId);
  }

  setAgentProperties(props: HeapProps): void {
    this.heap?.addUserProperties(props);
  }

  track(event: string, props: HeapProps = {}): void {
    this.heap?.track(event, props);
  }

  setTicketContext(props: HeapProps): void {
    this.heap?.addEventProperties(props);
  }

  clearTicketContext(): void {
    this.heap?.removeEventProperty('ticket_id');
  }

  /** Keep SLA tier and org name on the agent's profile for segmenting. */
  syncOrgProfile(org: Organization): void {
    this.heap?.trackUserProperties({ org_name: org.name, sla_tier: org.slaTier }); // expect: unknown-heap-method
  }

  reset(): void {
    this.heap?.resetIdentity();
  }
}
