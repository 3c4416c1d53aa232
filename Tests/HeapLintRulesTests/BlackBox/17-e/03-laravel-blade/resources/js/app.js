import './bootstrap';
import Alpine from 'alpinejs';
import { trackEvent } from './analytics';
import { initOnboarding } from './pages/onboarding';
import { initDemoRequest } from './pages/demo-request';
import { initInviteAccept } from './pages/invite';

window.Alpine = Alpine;
Alpine.start();

document.addEventListener('DOMContentLoaded', () => {
    const route = document.body.dataset.route;
    if (window.heap) {
        window.heap.addEventProperties({ laravel_route: route || 'unknown' });
    }

    const onboarding = document.querySelector('[data-onboarding]');
    if (onboarding) initOnboarding(onboarding);

    const demoForm = document.querySelector('#demo-request');
    if (demoForm) initDemoRequest(demoForm);

    const invite = document.querySelector('[data-invite]');
    if (invite) initInviteAccept(invite);

    document.querySelectorAll('[data-shift-publish]').forEach((btn) => {
        btn.addEventListener('click', () => trackEvent('Schedule Published', { week: btn.dataset.week }));
    });
});
