import { Injectable, Logger } from '@nestjs/common';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const heap = require('heap-api')(process.env.HEAP_APP_ID as string);

@Injectable()
export class HeapService {
  private readonly logger = new Logger(HeapService.name);

  syncContact(contact: Contact): void {
    heap.addUserProperties(contact.email, { company: contact.companyName, seats: contact.seats });
  }

  dealClosed(deal: Deal): void {
    heap.track('Deal Closed', deal.ownerEmail, { amount: deal.amount, stage: deal.stage });
  }

  leadImported(source: string, count: number): void {
    this.logger.log(`imported ${count} leads from ${source}`);
    heap.track('Lead Imported', '', { source, count }); // expect: server-identity
  }

  contactMerged(contact: Contact, mergedFrom: string): void {
    heap.track('Contact Merged', contact.email ?? 'unknown', { mergedFrom }); // expect: server-identity
  }
}
