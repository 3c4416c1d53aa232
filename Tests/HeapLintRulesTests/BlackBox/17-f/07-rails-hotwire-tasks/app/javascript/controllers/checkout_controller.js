import { Controller } from "@hotwired/stimulus"

export default class extends Controller {
  static targets = ["seats", "city", "country"]
  static values = { plan: String }

  connect() {
    this.cartId = crypto.randomUUID()
    window.heap?.track("Checkout Started", { cart_id: this.cartId, plan: this.planValue })
  }

  seatsChanged() {
    window.heap?.addEventProperties({ seats_selected: Number(this.seatsTarget.value) })
  }

  async confirm() {
    const seats = Number(this.seatsTarget.value)
    window.heap?.addUserProperties({
      billing_plan: this.planValue,
      billing_seats: seats,
      billing_address: { city: this.cityTarget.value, country: this.countryTarget.value }, // expect: user-property-value
    })
    window.heap?.track("Checkout Completed", { cart_id: this.cartId, seats })
    window.heap?.removeEventProperty("seats_selected")
  }
}
