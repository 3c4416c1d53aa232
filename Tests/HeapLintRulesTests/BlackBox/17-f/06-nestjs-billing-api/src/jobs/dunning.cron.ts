import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { PostHog } from 'posthog-node';
import { HeapService } from '../heap/heap.service';
import { PrismaService } from '../common/prisma.service';

@Injectable()
export class DunningCron {
  private readonly logger = new Logger(DunningCron.name);
  private readonly posthog = new PostHog(process.env.POSTHOG_KEY ?? '', { host: 'https://eu.posthog.com' });

  constructor(
    private readonly heap: HeapService,
    private readonly prisma: PrismaService,
  ) {}

  @Cron(CronExpression.EVERY_DAY_AT_6AM)
  async run(): Promise<void> {
    const overdue = await this.prisma.invoice.findMany({
      where: { status: 'open', dueDate: { lt: new Date() } },
      include: { organization: { include: { owner: true } } },
    });

    for (const inv of overdue) {
      await this.prisma.invoice.update({ where: { id: inv.id }, data: { reminderCount: { increment: 1 } } });
      await this.heap.track(inv.organization.owner.email, 'Payment Reminder Sent', {
        invoice_id: inv.id,
        days_overdue: Math.floor((Date.now() - inv.dueDate.getTime()) / 86_400_000),
      });
    }

    await this.heap.track('system', 'Dunning Run Completed', { invoices: overdue.length }); // expect: server-identity
    this.posthog.capture({ distinctId: 'billing-service', event: 'dunning run', properties: { invoices: overdue.length } });
    this.logger.log(`dunning: ${overdue.length} reminders`);
  }
}
