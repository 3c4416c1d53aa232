import { Process, Processor } from '@nestjs/bull';
import { Job } from 'bull';

import { HeapService } from '../heap/heap.service';
import { MailerService } from '../mailer/mailer.service';
import { SendWindow } from './send-window';

interface DigestJob {
  recipient: { id: string; email?: string; role: 'owner' | 'member' | 'guest' };
  articleIds: string[];
  sendAt: number;
}

@Processor('digest')
export class DigestProcessor {
  private readonly window = new SendWindow();

  constructor(
    private readonly heap: HeapService,
    private readonly mailer: MailerService,
  ) {}

  @Process('send')
  async send(job: Job<DigestJob>): Promise<void> {
    const { recipient, articleIds } = job.data;
    // Guest collaborators get no digest.
    if (recipient.role === 'guest') {
      return;
    }
    await this.mailer.sendDigest(recipient, articleIds);
    await this.heap.track(recipient.email ?? 'anonymous', 'Digest Sent', { articles: articleIds.length }); // expect: server-identity
  }

  @Process('schedule')
  async schedule(job: Job<DigestJob>): Promise<void> {
    this.window.schedule(job.data);
    for (const due of this.window.takeDue(Date.now())) {
      await this.send({ data: due } as Job<DigestJob>);
    }
  }
}
