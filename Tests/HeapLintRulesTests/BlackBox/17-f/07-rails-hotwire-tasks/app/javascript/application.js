import "@hotwired/turbo-rails"
import "controllers"
import { getCurrentUserId } from "lib/current_user"

document.addEventListener("turbo:load", () => {
  if (!window.heap) return
  window.heap.addEventProperties({ path_template: document.body.dataset.pathTemplate || location.pathname })
  if (getCurrentUserId()) {
    window.heap.identify(getCurrentUserId)  // expect: identity-type
  }
})
