import React from 'react';
import { Helmet } from 'react-helmet';

// Marketing asked for every landing visitor to be grouped so campaign numbers line up.
export function LandingHead({ campaign }) {
  return (
    <Helmet
      title={`Events - ${campaign}`}
      script={[
        {
          type: 'text/javascript',
          innerHTML: `window.heap.identify('guest'); // expect: blocklisted-identity
window.heap.addUserProperties({ campaign: '${campaign}' });`,
        },
      ]}
    />
  );
}

export function EventHead({ event }) {
  return (
    <Helmet>
      <title>{event.title}</title>
      <script type="text/javascript">{`window.heap.track('Event Page Viewed', { event_id: '${event.id}' });`}</script>
    </Helmet>
  );
}
