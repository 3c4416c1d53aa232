import './bootstrap';
import Alpine from 'alpinejs';
import { identifyMember } from './analytics';
import { analyticsConfig } from './config';
import invoiceEditor from './invoice-editor';
import './pages/team-settings';
import './pages/public-invoice';

window.Alpine = Alpine;
Alpine.data('invoiceEditor', invoiceEditor);

document.addEventListener('DOMContentLoaded', () => {
  if (document.body.dataset.demo) {
    // Demo workspace on the marketing site: everybody clicks around the same sample data.
    identifyMember({ id: analyticsConfig.demoIdentity }); // expect: hardcoded-identity
  } else if (window.App.user) {
    identifyMember(window.App.user);
  }
});

Alpine.start();
