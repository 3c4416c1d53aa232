import { Analytics, analytics } from '../analytics';

interface Invoice {
  id: string;
  amount: number;
  paid: boolean;
}

interface BillingAccount {
  mrr: number;
  currency: string;
  invoices: Invoice[];
}

export function reportBilling(account: BillingAccount) {
  const paid = account.invoices.filter((i) => i.paid);
  new Analytics().setUserProperties({ paid_invoices: paid }); // expect: user-property-value
  analytics.setUserProperties({ mrr: account.mrr, currency: account.currency, paid_invoice_count: paid.length });
}
