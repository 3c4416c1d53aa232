import { Controller } from "@hotwired/stimulus"
import { identifyCustomer, trackShop, tagCustomer } from "../lib/tracking"

export default class extends Controller {
  static values = { count: Number, customerId: String }
  static targets = ["count"]

  connect() {
    if (this.customerIdValue) {
      identifyCustomer(this.customerIdValue)
    } else {
      // remember this cart across tabs until the shopper signs in
      identifyCustomer(`cart-${Date.now()}`) // expect: random-identity
    }
  }

  async add(event) {
    const sku = event.params.sku
    const res = await fetch("/cart/items", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": this.csrf },
      body: JSON.stringify({ sku })
    })
    const cart = await res.json()
    this.countValue = cart.count
    trackShop("Cart Updated", { items: cart.count, sku })
    tagCustomer({ last_cart_size: cart.count })
  }

  countValueChanged() {
    if (this.hasCountTarget) this.countTarget.textContent = this.countValue
  }

  get csrf() {
    return document.querySelector("meta[name='csrf-token']").content
  }
}
