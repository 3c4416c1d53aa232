import { Controller } from '@hotwired/stimulus';

// Attached to <body> in the application layout.
export default class extends Controller {
  static values = { userId: String, email: String, company: String, plan: String };

  connect() {
    if (typeof window.heap === 'undefined') return;
    if (this.userIdValue) {
      window.heap.identify(this.userIdValue);
      // the 2022 funnels were built on e-mail identities; keep feeding them
      if (this.emailValue) window.heap.identify(this.emailValue); // expect: conflicting-identities
    }
    window.heap.trackUserProperties({ company: this.companyValue, plan: this.planValue }); // expect: unknown-heap-method
  }

  trackClick(event) {
    window.heap.track('CTA Clicked', { label: event.params.label, page: window.location.pathname });
  }
}
