import { Controller } from "@hotwired/stimulus"
import { TriageQueue } from "lib/triage_queue"

// Patient-portal chat. Patients may chat before they sign in, so the widget
// gets the Rails session id to stitch the transcript together.
export default class extends Controller {
  static targets = ["log", "input"]
  static values = { sessionId: String, endpoint: String }

  connect() {
    this.pending = new TriageQueue()
    if (window.heap && this.sessionIdValue) {
      window.heap.identify(this.sessionIdValue) // expect: anonymous-identity
    }
  }

  async send(event) {
    event.preventDefault()
    const text = this.inputTarget.value.trim()
    if (!text) return
    this.pending.enqueue({ text, urgent: /chest pain|bleeding|can't breathe/i.test(text), at: Date.now() })
    this.inputTarget.value = ""
    while (this.pending.size > 0) {
      const msg = this.pending.next()
      await fetch(this.endpointValue, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": document.querySelector("meta[name=csrf-token]").content },
        body: JSON.stringify(msg),
      })
      this.logTarget.insertAdjacentHTML("beforeend", `<li class="me"></li>`)
      this.logTarget.lastElementChild.textContent = msg.text
    }
    window.heap?.track("Chat Message Sent", { urgent: urgency(text) })
  }
}

function urgency(text) {
  return /chest pain|bleeding|can't breathe/i.test(text) ? "urgent" : "routine"
}
