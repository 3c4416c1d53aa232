'use client';

import { useEffect } from 'react';

export interface PortalContact {
  id: string;
  email: string;
  billingAccountId: string;
  billingAccountName: string;
}

export function PortalIdentify({ contact }: { contact: PortalContact }) {
  useEffect(() => {
    // group portal visits under the billing account that pays the invoices
    window.heap?.identify(contact.billingAccountId); // expect: non-unique-identity
    window.heap?.addUserProperties({ portal_user: 'yes', billing_account: contact.billingAccountName });
  }, [contact.billingAccountId, contact.billingAccountName]);

  return null;
}
