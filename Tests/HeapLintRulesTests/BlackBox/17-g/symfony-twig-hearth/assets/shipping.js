import tracker from './lib/HeapTracker';

const form = document.querySelector('#shipping-form');

form?.addEventListener('change', () => {
  const country = form.elements.country.value;
  const postcode = form.elements.postcode.value.trim();
  if (!postcode) return;
  // lets merchandising segment shoppers by delivery region
  tracker.setProperties({
    shipping_country: country,
    shipping_address: { country, postcode }, // expect: user-property-value
  });
  tracker.track('Shipping Estimate Requested', { country });
});
