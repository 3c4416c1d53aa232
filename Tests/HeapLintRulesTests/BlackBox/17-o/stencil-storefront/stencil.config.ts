import { Config } from '@stencil/core';

export const config: Config = {
  namespace: 'storefront',
  globalScript: 'src/global/app.ts',
  outputTargets: [
    { type: 'dist', esmLoaderPath: '../loader' },
    { type: 'dist-custom-elements', customElementsExportBehavior: 'auto-define-custom-elements' },
    { type: 'www', serviceWorker: null },
  ],
  testing: { browserHeadless: 'new' },
};
