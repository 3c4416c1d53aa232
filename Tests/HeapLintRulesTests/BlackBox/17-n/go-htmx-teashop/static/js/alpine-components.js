// Alpine.js components used by the Go templates (x-data="newsletterForm(...)").
document.addEventListener('alpine:init', function () {
  'use strict';

  Alpine.data('newsletterForm', function (signedIn) {
    return {
      email: '',
      status: 'idle',

      async submit() {
        this.status = 'sending';
        var checked = [];
        this.$root.querySelectorAll('input[name="interest"]:checked').forEach(function (box) {
          checked.push(box.value);
        });

        var res = await fetch('/newsletter', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: this.email, interests: checked })
        });
        if (!res.ok) {
          this.status = 'error';
          return;
        }

        if (!signedIn) {
          Shop.analytics.identify(this.email);
        }
        Shop.analytics.setTraits({
          newsletter: true, // expect: user-property-value
          tea_interests: checked, // expect: user-property-value
          newsletter_source: 'footer'
        });
        Shop.analytics.track('Newsletter Subscribed', { interests: checked.join(','), count: checked.length });
        this.status = 'done';
      }
    };
  });

  Alpine.store('recent', {
    skus: JSON.parse(localStorage.getItem('cl_recent') || '[]'),
    add: function (sku) {
      this.skus = [sku].concat(this.skus.filter(function (s) { return s !== sku; })).slice(0, 8);
      localStorage.setItem('cl_recent', JSON.stringify(this.skus));
    }
  });
});
