/**
 * reconcile hook
 *
 * Every night, compares seat counts with Stripe and reports the result to Heap.
 */
const HeapServer = require('../../services/HeapServer');

const DAY = 24 * 60 * 60 * 1000;

module.exports = function defineReconcileHook(sails) {
  let timer = null;

  async function reconcileOnce() {
    const teams = await Team.find({ billingStatus: 'active' }).populate('owner');
    let mismatches = 0;
    for (const team of teams) {
      const seats = await User.count({ team: team.id });
      if (seats !== team.seatCount) {
        mismatches++;
        await Team.updateOne({ id: team.id }).set({ seatCount: seats });
        if (team.owner) {
          await HeapServer.safely(() => HeapServer.track(team.owner.emailAddress, 'Seats Reconciled', {
            before: team.seatCount,
            after: seats,
          }));
        }
      }
    }
    await HeapServer.safely(() => HeapServer.track('system', 'Reconcile Finished', { teams: teams.length, mismatches })); // expect: server-identity
  }

  return {
    initialize: async function () {
      if (sails.config.environment !== 'production') return;
      sails.after('hook:orm:loaded', () => {
        timer = setInterval(() => reconcileOnce().catch((e) => sails.log.error(e)), DAY);
      });
    },
    teardown: function (done) {
      clearInterval(timer);
      done();
    },
  };
};
