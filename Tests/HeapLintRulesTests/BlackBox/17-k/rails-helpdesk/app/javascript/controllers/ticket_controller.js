import { Controller } from "@hotwired/stimulus"
import { heapTrack, heapUserProps } from "../lib/heap_helpers"
import { createSlaQueue } from "../lib/sla_queue"

export default class extends Controller {
  static values = { id: String, openCount: Number }

  connect() {
    this.queue = createSlaQueue()
    this.openedAt = performance.now()
  }

  async resolve() {
    const token = document.querySelector("meta[name='csrf-token']").content
    try {
      const res = await fetch(`/tickets/${this.idValue}/resolve`, {
        method: "PATCH",
        headers: { "X-CSRF-Token": token, "X-Request-Id": crypto.randomUUID() },
      })
      if (!res.ok) throw new Error(res.statusText)
      const seconds = Math.round((performance.now() - this.openedAt) / 1000)
      heapTrack("Ticket Resolved", { ticket: this.idValue, seconds_on_page: seconds })
      heapUserProps({ open_tickets: Math.max(0, this.openCountValue - 1) })
      window.heap?.addUserProperties({ last_resolved_at: new Date() }) // expect: user-property-value
    } catch (e) {
      heapTrack("Ticket Resolve Failed", { ticket: this.idValue, error: e.message })
    }
  }

  snooze({ params: { minutes } }) {
    this.queue.push({ id: this.idValue, dueAt: Date.now() + minutes * 60000 })
    heapTrack("Ticket Snoozed", { minutes, ticket: this.idValue })
  }
}
