'use client';

export function PayButton({ invoiceId, amount }: { invoiceId: string; amount: number }) {
  return (
    <form
      action={`/api/portal/invoices/${invoiceId}/checkout`}
      method="post"
      onSubmit={() => window.heap?.track('Portal Pay Clicked', { invoice_id: invoiceId, amount })}
    >
      <button type="submit">Pay now</button>
    </form>
  );
}
