const axios = require('axios');
const HeapServer = require('../../services/HeapServer');

module.exports = {
  friendlyName: 'Stripe webhook',

  inputs: {},

  exits: {
    success: { statusCode: 200 },
    badSignature: { statusCode: 400 },
  },

  fn: async function (inputs, exits) {
    const stripe = require('stripe')(sails.config.custom.stripeSecret);
    let event;
    try {
      event = stripe.webhooks.constructEvent(this.req.rawBody, this.req.headers['stripe-signature'], sails.config.custom.stripeWebhookSecret);
    } catch (err) {
      return exits.badSignature();
    }

    const obj = event.data.object;
    const owner = await User.findOne({ stripeCustomerId: obj.customer });

    switch (event.type) {
      case 'invoice.paid': {
        if (!owner) break;
        await HeapServer.safely(() => HeapServer.track(owner.emailAddress, 'Invoice Paid', {
          amount: obj.amount_paid / 100,
          currency: obj.currency,
        }));
        await HeapServer.safely(() => HeapServer.addUserProperties(owner.emailAddress, {
          billing_status: 'active',
          last_invoice_total: obj.amount_paid / 100,
        }));
        break;
      }
      case 'customer.subscription.deleted': {
        // the owner may already be deleted: send the churn event straight away
        await axios.post('https://heapanalytics.com/api/track', { // expect: server-identity
          app_id: sails.config.custom.heapAppId,
          event: 'Subscription Cancelled',
          properties: { plan: obj.plan && obj.plan.nickname, stripe_customer: obj.customer },
        }).catch((err) => sails.log.warn(err.message));
        break;
      }
      default:
        sails.log.verbose('Ignoring Stripe event', event.type);
    }

    return exits.success();
  },
};
