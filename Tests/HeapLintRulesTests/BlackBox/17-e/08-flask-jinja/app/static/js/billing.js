/* Billing page: Stripe Elements + Heap */
(function () {
  'use strict';

  function getCurrentUserId() {
    return document.body.dataset.userId;
  }

  var form = document.getElementById('payment-form');
  if (!form) return;

  var stripe = window.Stripe(form.dataset.publishableKey);
  var elements = stripe.elements();
  var card = elements.create('card');
  card.mount('#card-element');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    form.querySelector('button').disabled = true;

    stripe.createPaymentMethod({ type: 'card', card: card }).then(function (result) {
      if (result.error) {
        window.heap.track('Payment Method Failed', { code: result.error.code || 'unknown' });
        form.querySelector('button').disabled = false;
        return;
      }
      window.heap.identify(getCurrentUserId); // expect: identity-type
      window.heap.track('Payment Method Added', { brand: result.paymentMethod.card.brand });
      form.submit();
    });
  });
})();
