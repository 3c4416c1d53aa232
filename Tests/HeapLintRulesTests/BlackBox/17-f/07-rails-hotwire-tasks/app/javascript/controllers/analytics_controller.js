import { Controller } from "@hotwired/stimulus"

// Connected on <body>: keeps Heap's event context in sync with the account.
export default class extends Controller {
  static values = { plan: String, accountId: String }

  connect() {
    if (!window.heap) return
    if (this.hasAccountIdValue && this.accountIdValue) {
      window.heap.addEventProperties({ account_id: this.accountIdValue, plan: this.planValue })
    }
  }

  planValueChanged(plan) {
    window.heap?.addUserProperties({ plan })
  }

  track({ params: { event, ...props } }) {
    window.heap?.track(event, props)
  }
}
