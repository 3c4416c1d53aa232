import { Injectable } from '@nestjs/common';

import { HeapService, TeamSnapshot } from '../heap/heap.service';
import { InvoiceRepository } from './invoice.repository';

export interface Invoice {
  id: string;
  teamId: string;
  customerEmail: string;
  amountPaid: number;
  currency: string;
  dunningAttempt: number;
  convertedFromTrial: boolean;
  plan: string;
}

@Injectable()
export class BillingService {
  constructor(
    private readonly heap: HeapService,
    private readonly invoices: InvoiceRepository,
  ) {}

  async markPaid(invoice: Invoice): Promise<void> {
    await this.invoices.markPaid(invoice.id);
    await this.heap.track(invoice.customerEmail, 'Invoice Paid', {
      amount: invoice.amountPaid,
      currency: invoice.currency,
    });
    if (invoice.convertedFromTrial) {
      await this.heap.trackSystem('Trial Converted', { plan: invoice.plan }, invoice.customerEmail);
    }
  }

  async sendDunningReminder(invoice: Invoice): Promise<void> {
    await this.invoices.recordDunning(invoice.id);
    await this.heap.trackSystem('Dunning Email Sent', { attempt: invoice.dunningAttempt, invoice: invoice.id }); // expect: server-identity
  }

  async nightlyTeamSync(teams: TeamSnapshot[]): Promise<void> {
    for (const team of teams) {
      await this.heap.syncTeam(team);
      await this.heap.syncTeamRevenue(team);
    }
  }
}
