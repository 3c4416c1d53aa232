import { Controller } from "@hotwired/stimulus"

// Support staff "log in as" a customer from the admin console.
export default class extends Controller {
  static values = { adminEmail: String, url: String }

  get csrfToken() {
    return document.querySelector("meta[name=csrf-token]").content
  }

  async start(event) {
    const targetId = event.params.userId
    window.heap?.identify(this.adminEmailValue)
    const response = await fetch(this.urlValue, {
      method: "POST",
      headers: { "X-CSRF-Token": this.csrfToken, "Content-Type": "application/json" },
      body: JSON.stringify({ user_id: targetId })
    })
    if (!response.ok) return
    window.heap?.identify(String(targetId)) // expect: conflicting-identities
    window.heap?.track("Impersonation Started", { target_id: targetId })
    Turbo.visit("/")
  }

  async stop() {
    await fetch(this.urlValue, { method: "DELETE", headers: { "X-CSRF-Token": this.csrfToken } })
    window.heap?.resetIdentity()
    window.heap?.identify(this.adminEmailValue)
    Turbo.visit("/admin")
  }
}
