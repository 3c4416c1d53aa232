import { Controller } from "@hotwired/stimulus"
import { identifyCustomer, tagCustomer } from "../lib/tracking"

async function sha256Hex(text) {
  const bytes = new TextEncoder().encode(text)
  const digest = await crypto.subtle.digest("SHA-256", bytes)
  return Array.from(new Uint8Array(digest)).map((b) => b.toString(16).padStart(2, "0")).join("")
}

export default class extends Controller {
  static targets = ["email"]

  async subscribe(event) {
    event.preventDefault()
    const email = this.emailTarget.value.trim().toLowerCase()
    if (!email) return

    await fetch("/newsletter", { method: "POST", body: new URLSearchParams({ email }) })

    // Klaviyo and Segment get the address; Heap gets a hash of it.
    window._learnq = window._learnq || []
    window._learnq.push(["identify", { $email: email }])
    window.analytics?.identify("guest", { newsletter: true })

    identifyCustomer(await sha256Hex(email))
    tagCustomer({ newsletter: "subscribed", newsletter_source: "footer" })
  }
}
