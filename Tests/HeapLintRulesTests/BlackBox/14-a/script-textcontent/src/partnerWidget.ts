declare global {
  interface Window {
    PARTNER_CONFIG?: { accountId: string; slug: string };
  }
}

export function mountPartnerWidget(container: HTMLElement, partner: { slug: string }): void {
  const tag = document.createElement('script');
  tag.textContent = `
    window.heap && window.heap.addUserProperties({ partner: "${partner.slug}" });
    window.heap && window.heap.identify(window.PARTNER_CONFIG.accountId); // expect: non-unique-identity
    window.heap && window.heap.track("Partner Widget Mounted");
  `;
  container.appendChild(tag);
}
