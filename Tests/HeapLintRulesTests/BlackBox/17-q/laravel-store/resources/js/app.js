import './bootstrap';
import { forgetMember, trackAction } from './analytics';

// Pages opt into their own bundles with a data-page attribute on <body>.
const page = document.body.dataset.page;
if (page === 'billing') {
    import('./billing');
}

// Logout links rendered by Livewire components (the layout's form handles the rest).
document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-logout]');
    if (!link) return;
    forgetMember();
    trackAction('Logged Out', { from: page || 'unknown' });
});
