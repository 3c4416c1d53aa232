import { Controller } from "@hotwired/stimulus"

// <div data-controller="analytics" data-analytics-user-id-value="42"
//      data-analytics-event-value="Wishlist Viewed"> ... </div>
export default class extends Controller {
  static values = { userId: String, event: String }

  connect() {
    if (this.userIdValue) window.heap.identify(this.userIdValue)
  }

  track(event) {
    const card = event.currentTarget
    window.heap.track(this.eventValue, { product: card.dataset.productId || "", path: window.location.pathname })
  }

  identifyBuyer() {
    // wholesale buyers order on behalf of their company account
    window.heap.identify(this.element.dataset.accountId) // expect: non-unique-identity
  }
}
