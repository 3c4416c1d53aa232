import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static targets = ["email", "crew", "password"]
  static values = { endpoint: String }

  async submit(event) {
    event.preventDefault()
    const email = this.emailTarget.value.trim().toLowerCase()

    window.heap.identify(email)
    window.heap.addUserProperties({ crew_name: this.crewTarget.value })

    const response = await fetch(this.endpointValue, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-CSRF-Token": document.querySelector('meta[name="csrf-token"]').content,
      },
      body: JSON.stringify({ user: { email, password: this.passwordTarget.value, crew_name: this.crewTarget.value } }),
    })
    if (!response.ok) {
      this.element.classList.add("has-errors")
      return
    }

    const user = await response.json()
    window.heap.identify(String(user.id)) // expect: conflicting-identities
    window.heap.track("Trial Started", { source: new URLSearchParams(location.search).get("utm_source") || "direct" })
    window.location.assign(user.onboarding_url)
  }
}
