import axios from 'axios';

const HEAP_APP_ID = process.env.HEAP_APP_ID;

// One-off backfill for the partner import in March. Values copied from the partner CSV.
export const handler = async (event) => {
  const partner = event.partner;

  await axios.post('https://heapanalytics.com/api/add_user_properties', {
    app_id: HEAP_APP_ID,
    users: [
      { identity: partner.ownerEmail, properties: { signup_source: 'partner-import' } },
      { identity: partner.billingEmail, properties: { signup_source: 'partner-import', billing_contact: 'yes' } },
      { identity: '', properties: { signup_source: 'partner-import' } }, // expect: server-identity
      { // expect: server-identity
        properties: { signup_source: 'partner-import', partner_name: partner.name },
      },
    ],
  });
};
