import { identifyMember, tagMember, trackAction } from './analytics';

const root = document.getElementById('billing-app');

if (root) {
    const subscription = JSON.parse(root.dataset.subscription);
    const card = JSON.parse(root.dataset.card || 'null');

    // Billing belongs to the team, so report billing activity against the team.
    identifyMember({ uuid: subscription.teamId }); // expect: non-unique-identity

    const props = {
        plan: subscription.plan_name,
        seats: subscription.quantity,
        renews_at: subscription.renews_at,
    };
    if (subscription.on_trial) {
        props.trialing = true; // expect: user-property-value
        props.trial_ends_at = subscription.trial_ends_at;
    }
    window.heap?.addUserProperties(props);

    if (card) {
        tagMember({
            billing_interval: subscription.interval,
            payment_method: { brand: card.brand, exp_year: card.exp_year }, // expect: user-property-value
        });
    }

    document.getElementById('seat-form')?.addEventListener('submit', (event) => {
        const seats = Number(new FormData(event.target).get('seats'));
        trackAction('Seats Changed', { from: subscription.quantity, to: seats });
        tagMember({ seats });
    });

    document.getElementById('cancel-plan')?.addEventListener('click', () => {
        trackAction('Cancel Plan Clicked', { plan: subscription.plan_name });
    });
}
