parasails.registerPage('dashboard', {
  data: {
    deals: [],
    stageFilter: 'all',
    me: null,
    syncing: false,
  },

  beforeMount: function () {
    _.extend(this, SAILS_LOCALS);
  },

  mounted: async function () {
    if (!window.heap) return;
    heap.track('Pipeline Loaded', { deals: this.deals.length, filter: this.stageFilter });
    heap.addUserProperties({
      open_deals: this.deals.length,
      last_dashboard_visit: new Date().toISOString(),
      has_integrations: this.me && this.me.integrations.length > 0 ? 'yes' : 'no',
    });
  },

  methods: {
    filterBy: function (stage) {
      this.stageFilter = stage;
      heap.track('Pipeline Filtered', { stage: stage || 'all' });
    },

    moveDeal: async function (deal, stage) {
      const previous = deal.stage;
      deal.stage = stage;
      try {
        await Cloud.updateDeal.with({ id: deal.id, stage });
        heap.track('Deal Moved', { from: previous, to: stage, value: deal.value });
        if (stage === 'won') {
          heap.addUserProperty({ last_won_deal_at: new Date().toISOString() }); // expect: unknown-heap-method
        }
      } catch (err) {
        deal.stage = previous;
        Toasts.add('error', 'Could not move the deal.');
      }
    },

    switchTeam: async function (team) {
      await Cloud.switchTeam.with({ teamId: team.id });
      this.me.teamId = team.id;
      // so the team dashboards in Heap line up with ours
      heap.identify(this.me.teamId); // expect: non-unique-identity
      heap.track('Team Switched', { team_size: team.memberCount });
      window.location.reload();
    },

    connectCalendar: async function () {
      this.syncing = true;
      const { provider } = await Cloud.connectCalendar();
      this.syncing = false;
      if (!provider) return;
      heap.addUserProperties({
        calendar_provider: provider,
        calendar_connected: true, // expect: user-property-value
      });
    },
  },
});
