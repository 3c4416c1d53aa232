import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import axios from 'axios';
import { AccountsRepository } from '../accounts/accounts.repository';

const HEAP_BASE = 'https://heapanalytics.com/api';

@Injectable()
export class AccountSyncService {
  constructor(private readonly accounts: AccountsRepository) {}

  @Cron(CronExpression.EVERY_DAY_AT_2AM)
  async pushAccounts(): Promise<void> {
    const rows = await this.accounts.findChangedSince(new Date(Date.now() - 86_400_000));
    await axios.post(`${HEAP_BASE}/add_account_properties`, {
      app_id: process.env.HEAP_APP_ID,
      accounts: rows.map((a) => ({
        account_id: a.id,
        properties: { tier: a.tier, mrr: a.mrr, region: a.region },
      })),
    });
  }

  async pushAdmins(extraUsers: Array<{ identity: string; properties: Record<string, string> }>): Promise<void> {
    const admin = await this.accounts.primaryAdmin();
    await axios.post(`${HEAP_BASE}/add_user_properties`, {
      app_id: process.env.HEAP_APP_ID,
      users: [
        { identity: admin.email, properties: { role: 'owner', seats: String(admin.seats) } },
        ...extraUsers,
      ],
    });
  }
}
