const HeapServer = require('../../services/HeapServer');

module.exports = {
  friendlyName: 'Update profile',

  inputs: {
    fullName: { type: 'string' },
    emailAddress: { type: 'string', isEmail: true },
    jobTitle: { type: 'string', allowNull: true },
  },

  exits: {
    emailAlreadyInUse: { statusCode: 409 },
  },

  fn: async function ({ fullName, emailAddress, jobTitle }) {
    const me = this.req.me;
    const changes = { ...(fullName ? { fullName } : {}), ...(jobTitle !== undefined ? { jobTitle } : {}) };

    if (emailAddress && emailAddress.toLowerCase() !== me.emailAddress) {
      const taken = await User.findOne({ emailAddress: emailAddress.toLowerCase() });
      if (taken) throw 'emailAlreadyInUse';
      changes.emailChangeCandidate = emailAddress.toLowerCase();
    }

    await User.updateOne({ id: me.id }).set(changes);

    await HeapServer.safely(() => HeapServer.addUserProperties(me.emailAddress, {
      job_title: jobTitle || '',
      profile_updated_at: new Date().toISOString(),
    }));
  },
};
