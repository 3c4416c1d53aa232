export default class HeapService {
  constructor() {
    this.service = window.heap || [];
  }

  identify(user) {
    this.service.identify(user.id);
  }

  props(properties) {
    this.service.addUserProperties(properties);
  }

  syncCompany(company) {
    this.service.trackUserProperties({ company: company.name }); // expect: unknown-heap-method
  }

  reset() {
    this.service.resetIdentity();
  }
}
