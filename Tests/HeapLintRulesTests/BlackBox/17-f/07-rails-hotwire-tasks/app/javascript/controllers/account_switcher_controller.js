import { Controller } from "@hotwired/stimulus"
import { Turbo } from "@hotwired/turbo-rails"

export default class extends Controller {
  static targets = ["menu"]

  toggle() {
    this.menuTarget.hidden = !this.menuTarget.hidden
  }

  async switch(event) {
    const { accountId, accountName } = event.params
    const token = document.querySelector('meta[name="csrf-token"]').content
    const response = await fetch(`/accounts/${accountId}/switch`, {
      method: "POST",
      headers: { "X-CSRF-Token": token, Accept: "text/vnd.turbo-stream.html" },
    })
    if (!response.ok) return

    // Heap should follow the account the user is acting in
    window.heap?.identify(accountId) // expect: non-unique-identity
    window.heap?.track("Account Switched", { to: accountName })
    Turbo.visit("/dashboard")
  }
}
