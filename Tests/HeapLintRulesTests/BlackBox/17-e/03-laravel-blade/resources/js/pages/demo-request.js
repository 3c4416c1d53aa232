import { addUserProperties, identifyUser, trackEvent } from '../analytics';

export function initDemoRequest(form) {
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const data = new FormData(form);
        const company = data.get('company');
        const locations = Number(data.get('locations') || 0);

        try {
            await window.axios.post('/demo-requests', Object.fromEntries(data));
        } catch (err) {
            trackEvent('Demo Request Failed', { status: err.response?.status ?? 0 });
            return;
        }

        // the restaurant is our customer, so we identify by it
        identifyUser(company); // expect: non-unique-identity
        addUserProperties({ company, locations, source: 'demo-form' });
        trackEvent('Demo Requested', { locations });
        form.replaceWith(document.querySelector('#demo-thanks').content.cloneNode(true));
    });
}
