import "@hotwired/turbo-rails"
import "./controllers"

document.addEventListener("turbo:load", () => {
  if (window.heap) {
    window.heap.track("Turbo Visit", { path: window.location.pathname })
  }
})
