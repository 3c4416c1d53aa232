import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  toggleCompact(event) {
    const compact = event.target.checked
    document.body.classList.toggle("schedule-compact", compact)
    localStorage.setItem("schedule.compact", compact ? "1" : "0")

    if (window.heap) {
      window.heap.track("Schedule Density Changed", { compact: compact ? "on" : "off" })
      window.heap.addUserProperty("schedule_density", compact ? "compact" : "comfortable") // expect: unknown-heap-method
    }
  }
}
