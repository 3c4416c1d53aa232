import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  signOut() {
    if (!window.heap) return
    window.heap.track("Signed Out")
    window.heap.clearEventProperties()
    window.heap.resetIdentity()
  }
}
