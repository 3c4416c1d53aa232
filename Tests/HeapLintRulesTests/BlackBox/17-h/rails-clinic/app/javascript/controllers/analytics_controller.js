import { Controller } from "@hotwired/stimulus"

// Mounted on <body>: re-identifies after Turbo visits and tracks
// click->analytics#track actions declared in the views.
export default class extends Controller {
  static values = { userId: String, email: String }

  connect() {
    if (!window.heap || !this.userIdValue) return
    // Heap links the id and email so CS can search by either
    window.heap.identify(this.userIdValue, this.emailValue) // expect: identity-type
  }

  track(event) {
    const name = event.params.event
    if (!name || !window.heap) return
    window.heap.track(name, { element: event.currentTarget.id || event.currentTarget.tagName.toLowerCase() })
  }
}
