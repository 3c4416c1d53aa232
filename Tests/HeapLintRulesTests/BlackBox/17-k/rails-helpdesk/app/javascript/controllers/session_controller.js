import { Controller } from "@hotwired/stimulus"
import { heapLogout, heapTrack } from "../lib/heap_helpers"

export default class extends Controller {
  async signOut(event) {
    event.preventDefault()
    heapTrack("Signed Out")
    await fetch("/session", { method: "DELETE", headers: { "X-CSRF-Token": this.csrf } })
    heapLogout()
    window.Intercom?.("shutdown")
    Turbo.visit("/login")
  }

  get csrf() {
    return document.querySelector("meta[name='csrf-token']")?.content
  }
}
