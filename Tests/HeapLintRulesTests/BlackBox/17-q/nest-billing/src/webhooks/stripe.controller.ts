import { Body, Controller, Headers, HttpCode, Post, UnauthorizedException } from '@nestjs/common';

import { heapApi } from '../heap/heap-api.client';
import { StripeSignatureService } from './stripe-signature.service';

interface StripeCharge {
  id: string;
  amount: number;
  currency: string;
  failure_code?: string;
  billing_details: { email: string | null };
}

interface StripeSubscription {
  id: string;
  status: string;
  items: { data: Array<{ price: { nickname: string } }> };
  metadata: { userEmail: string };
}

type StripeEvent =
  | { type: 'charge.succeeded' | 'charge.failed'; data: { object: StripeCharge } }
  | { type: 'customer.subscription.updated'; data: { object: StripeSubscription } };

@Controller('webhooks/stripe')
export class StripeWebhookController {
  constructor(private readonly signatures: StripeSignatureService) {}

  @Post()
  @HttpCode(200)
  async handle(@Body() event: StripeEvent, @Headers('stripe-signature') signature: string) {
    if (!this.signatures.verify(event, signature)) {
      throw new UnauthorizedException();
    }

    switch (event.type) {
      case 'charge.succeeded': {
        const charge = event.data.object;
        if (charge.billing_details.email) {
          await heapApi.track('Charge Succeeded', charge.billing_details.email, { amount: charge.amount, currency: charge.currency });
        }
        break;
      }
      case 'charge.failed': {
        const charge = event.data.object;
        await heapApi.track('Charge Failed', { amount: charge.amount, reason: charge.failure_code ?? 'unknown' }); // expect: server-identity
        break;
      }
      case 'customer.subscription.updated': {
        const sub = event.data.object;
        await heapApi.addUserProperties(sub.metadata.userEmail, {
          plan: sub.items.data[0]?.price.nickname ?? 'custom',
          subscription_status: sub.status,
        });
        break;
      }
    }
    return { received: true };
  }
}
