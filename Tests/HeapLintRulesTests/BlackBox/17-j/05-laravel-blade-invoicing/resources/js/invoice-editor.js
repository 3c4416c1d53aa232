import { trackInvoice } from './analytics';
import { analyticsConfig } from './config';

export default function invoiceEditor(initial = {}) {
  return {
    number: initial.number ?? '',
    currency: initial.currency ?? 'EUR',
    lines: initial.lines ?? [{ description: '', qty: 1, price: 0 }],

    get total() {
      return this.lines.reduce((sum, l) => sum + l.qty * l.price, 0);
    },

    addLine() {
      this.lines.push({ description: '', qty: 1, price: 0 });
    },

    async saveDraft() {
      await window.axios.put(`/invoices/${this.number}`, { currency: this.currency, lines: this.lines });
      trackInvoice(analyticsConfig.invoiceEvents.drafted, this);
    },

    async send() {
      await window.axios.post(`/invoices/${this.number}/send`);
      trackInvoice(analyticsConfig.invoiceEvents.sent, this);
      window.heap.addUserProperties({
        lastInvoiceCurrency: this.currency,
        lastInvoice: { number: this.number, total: this.total }, // expect: user-property-value
      });
    },
  };
}
