/* global Backbone, $, _ */
var BookingView = Backbone.View.extend({
  events: {
    "click .book-slot": "bookSlot",
    "submit #guest-booking": "guestBooking"
  },

  template: _.template(
    '<ul class="slots"><% _.each(slots, function (s) { %>' +
      '<li><button class="book-slot" data-doctor="<%- s.doctorId %>" data-weekday="<%- s.weekday %>"><%- s.label %></button></li>' +
    '<% }); %></ul>' +
    '<form id="guest-booking"><input id="phone" type="tel" placeholder="Mobile number"><button>Book without an account</button></form>'
  ),

  initialize: function () {
    this.slots = new Backbone.Collection();
    this.slots.url = "/api/slots";
    this.listenTo(this.slots, "sync", this.render);
    this.slots.fetch();
  },

  render: function () {
    this.$el.html(this.template({ slots: this.slots.toJSON() }));
    return this;
  },

  bookSlot: function (e) {
    var $btn = $(e.currentTarget);
    heap.track("Slot Booked", { doctor: String($btn.data("doctor")), weekday: $btn.data("weekday") });
  },

  guestBooking: function (e) {
    e.preventDefault();
    var phone = this.$("#phone").val();
    heap.identify(phone || "walk-in-patient"); // expect: hardcoded-identity
    heap.addUserProperties({
      booked_as_guest: true, // expect: user-property-value
      booking_channel: "web"
    });
    $.post("/api/guest-bookings", { phone: phone });
  }
});
