import React from 'react';
import { Helmet } from 'react-helmet';

export default function KioskHead() {
  return (
    <Helmet
      script={[
        {
          type: 'text/javascript',
          innerHTML: `
            window.heap.identify("kiosk"); // expect: hardcoded-identity
            window.heap.addEventProperties({ surface: "kiosk" });
          `,
        },
      ]}
    />
  );
}
