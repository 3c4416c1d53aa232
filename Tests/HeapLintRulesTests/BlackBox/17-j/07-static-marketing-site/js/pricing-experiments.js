/* Client-side pricing test. Loaded in <head> so the variant applies before first paint. */
(function () {
  var KEY = 'nb_pricing_variant';
  var variant = localStorage.getItem(KEY);
  if (!variant) {
    variant = Math.random() < 0.5 ? 'annual-first' : 'monthly-first';
    localStorage.setItem(KEY, variant);
  }
  document.documentElement.setAttribute('data-pricing', variant);
  heap.addEventProperties({ pricingVariant: variant }); // expect: call-before-load
})();
