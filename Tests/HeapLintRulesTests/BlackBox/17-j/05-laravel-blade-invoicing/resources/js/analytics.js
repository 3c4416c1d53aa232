// Thin helpers around the Heap global loaded by layouts/app.blade.php.

export function identifyMember(member) {
  if (!member || !window.heap) return;
  window.heap.identify(String(member.id));
  if (member.email) {
    window.heap.addUserProperties({ email: member.email });
  }
}

export function trackInvoice(event, invoice) {
  window.heap?.track(event, {
    currency: invoice.currency,
    lineCount: invoice.lines.length,
    total: invoice.total,
  });
}
