import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static values = { url: String }

  async logout(event) {
    event.preventDefault()
    await fetch(this.urlValue, {
      method: "DELETE",
      headers: { "X-CSRF-Token": document.querySelector('meta[name="csrf-token"]').content },
    })
    window.analytics?.reset()
    window.heap?.reset() // expect: unknown-heap-method
    window.location.assign("/")
  }
}
