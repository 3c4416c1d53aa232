import { Controller } from "@hotwired/stimulus"

const IDLE_RESET_MS = 90_000

export default class extends Controller {
  static values = { location: String }

  connect() {
    this.idleTimer = setTimeout(() => this.resetScreen(), IDLE_RESET_MS)
  }

  disconnect() {
    clearTimeout(this.idleTimer)
  }

  submitted(event) {
    const ok = event.detail.success
    window.heap?.track(ok ? "Kiosk Check-in Completed" : "Kiosk Check-in Failed", { location: this.locationValue })
    if (ok) setTimeout(() => this.resetScreen(), 5_000)
  }

  resetScreen() {
    this.element.querySelector("form")?.reset()
  }
}
