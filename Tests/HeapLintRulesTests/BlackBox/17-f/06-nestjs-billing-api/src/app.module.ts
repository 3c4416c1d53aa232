import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ScheduleModule } from '@nestjs/schedule';
import { HeapModule } from './heap/heap.module';
import { PrismaService } from './common/prisma.service';
import { StripeWebhookController } from './billing/stripe-webhook.controller';
import { DunningCron } from './jobs/dunning.cron';
import { UsageSyncJob } from './jobs/usage-sync.job';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true }), ScheduleModule.forRoot(), HeapModule],
  controllers: [StripeWebhookController],
  providers: [PrismaService, DunningCron, UsageSyncJob],
})
export class AppModule {}
