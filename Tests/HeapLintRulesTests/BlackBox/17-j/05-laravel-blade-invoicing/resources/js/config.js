// Front-end settings shared by the Ledgerly bundles.
export const analyticsConfig = {
  demoIdentity: 'demo@ledgerly.test',
  invoiceEvents: {
    sent: 'Invoice Sent',
    drafted: 'Invoice Drafted',
  },
};

export const currencies = ['EUR', 'GBP', 'USD'];
