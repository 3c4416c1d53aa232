import { Controller } from "@hotwired/stimulus"

// Connects to data-controller="heap" on <body>.
export default class extends Controller {
  static values = { userId: String, accountId: String }

  connect() {
    if (!window.heap || !this.hasUserIdValue || this.userIdValue === "") return
    window.heap.identify(this.userIdValue)
  }

  track(event) {
    const { name, ...properties } = event.params
    window.heap?.track(name, properties)
  }

  identifyAccount() {
    window.heap?.identify(this.accountIdValue) // expect: non-unique-identity
  }

  signOut() {
    window.heap?.track("Signed Out")
    window.heap?.reset() // expect: unknown-heap-method
  }
}
