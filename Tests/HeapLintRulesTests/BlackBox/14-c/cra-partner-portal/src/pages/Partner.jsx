import React from 'react';
import { Helmet } from 'react-helmet';
import { useIdentify } from '../hooks/useIdentify';

export default function Partner({ partner, user }) {
  useIdentify(user);
  return (
    <>
      <Helmet>
        <title>{partner.name}</title>
        <script>{`heap.addUserProperties({ Partner: ${JSON.stringify(partner.slug)} });`}</script>
      </Helmet>
      <h1>{partner.name}</h1>
    </>
  );
}
