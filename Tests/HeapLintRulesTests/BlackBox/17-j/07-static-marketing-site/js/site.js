/* Shared helpers for every page of the marketing site. Loaded after the Heap snippet. */
(function (w, d) {
  'use strict';

  var Site = {
    track: function (name, props) {
      if (w.heap && w.heap.track) w.heap.track(name, props || {});
    },

    identifyLead: function (email, source) {
      w.heap.identify(email);
      w.heap.addUserProperties({ leadSource: source || 'website', firstPage: d.referrer ? 'referral' : 'direct' });
    },

    utm: function () {
      var params = new URLSearchParams(w.location.search);
      return {
        source: params.get('utm_source') || '',
        campaign: params.get('utm_campaign') || ''
      };
    }
  };

  var utm = Site.utm();
  if (utm.campaign) {
    w.heap.addEventProperties({ utmSource: utm.source, utmCampaign: utm.campaign });
  }

  d.addEventListener('click', function (e) {
    var link = e.target.closest('a[data-track]');
    if (link) Site.track(link.getAttribute('data-track'), { href: link.getAttribute('href') });
  });

  w.Site = Site;
})(window, document);
