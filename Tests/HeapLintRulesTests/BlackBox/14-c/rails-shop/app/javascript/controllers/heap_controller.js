import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static values = { userId: String }

  connect() {
    if (this.userIdValue) window.heap.identify(this.userIdValue)
  }

  storeSwitched() {
    window.heap.identify(this.element.dataset.accountId) // expect: non-unique-identity
  }
}
