import { Controller } from "@hotwired/stimulus"
import { heapIdentify, heapTrack, heapUserProps } from "../lib/heap_helpers"

export default class extends Controller {
  static values = { userId: String, accountId: String, role: String }

  connect() {
    if (!window.heap) return
    if (this.userIdValue) {
      heap.identify(this.userIdValue)
      heap.addUserProperties({ role: this.roleValue || "agent", account_id: this.accountIdValue })
    }
    document.addEventListener("turbo:load", this.onVisit)
  }

  disconnect() {
    document.removeEventListener("turbo:load", this.onVisit)
  }

  onVisit = () => {
    heapTrack("Turbo Visit", { path: window.location.pathname })
  }

  // Agents who work for several customer accounts switch between them here.
  switchAccount(event) {
    const { accountId, accountName } = event.params
    this.accountIdValue = accountId
    heapIdentify(accountId) // expect: non-unique-identity
    heapUserProps({ current_account: accountName })
    heapTrack("Account Switched", { to: accountName })
  }

  trackClick({ params: { name, ...props } }) {
    heapTrack(name, props)
  }
}
