import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { ConfigService } from '@nestjs/config';
import axios from 'axios';
import { randomUUID } from 'node:crypto';
import { PrismaService } from '../common/prisma.service';

const HEAP_API = 'https://heapanalytics.com/api';

@Injectable()
export class UsageSyncJob {
  private readonly logger = new Logger(UsageSyncJob.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly config: ConfigService,
  ) {}

  private get appId(): string {
    return this.config.getOrThrow<string>('HEAP_APP_ID');
  }

  /** Hourly: metered usage per member as Heap events, in one bulk request. */
  @Cron('0 * * * *')
  async pushUsageEvents(): Promise<void> {
    const batchId = randomUUID();
    const rows = await this.prisma.usageRecord.findMany({
      where: { syncedAt: null },
      include: { member: true },
      take: 1000,
    });
    if (rows.length === 0) return;

    await axios.post(`${HEAP_API}/track`, {
      app_id: this.appId,
      events: rows.map((r) => ({
        identity: r.member.email,
        event: 'Usage Recorded',
        timestamp: r.recordedAt.toISOString(),
        properties: { meter: r.meter, quantity: r.quantity, batch_id: batchId },
      })),
    });
    await this.prisma.usageRecord.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { syncedAt: new Date() },
    });
  }

  /** Nightly: plan and seat counts onto members and organizations. */
  @Cron('30 2 * * *')
  async pushProfiles(): Promise<void> {
    const orgs = await this.prisma.organization.findMany({ include: { members: true } });

    await axios.post(`${HEAP_API}/add_user_properties`, {
      app_id: this.appId,
      users: orgs.flatMap((o) =>
        o.members.map((m) => ({ identity: m.email, properties: { role: m.role, org_plan: o.plan } })),
      ),
    });

    await axios.post(`${HEAP_API}/add_account_properties`, {
      app_id: this.appId,
      accounts: orgs.map((o) => ({ accountId: o.id, properties: { plan: o.plan, seats: o.members.length } })), // expect: server-identity
    });
    this.logger.log(`profiles synced for ${orgs.length} organizations`);
  }
}
