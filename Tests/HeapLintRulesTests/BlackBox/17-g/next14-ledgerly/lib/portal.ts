import { cookies } from 'next/headers';
import { db } from './db';
import type { PortalContact } from '@/components/analytics/PortalIdentify';

export async function getPortalContact(): Promise<PortalContact | null> {
  const token = cookies().get('portal_token')?.value;
  if (!token) return null;
  const link = await db.portalLink.findUnique({ where: { token }, include: { contact: { include: { billingAccount: true } } } });
  if (!link || link.expiresAt < new Date()) return null;
  return {
    id: link.contact.id,
    email: link.contact.email,
    billingAccountId: link.contact.billingAccount.id,
    billingAccountName: link.contact.billingAccount.name,
  };
}
