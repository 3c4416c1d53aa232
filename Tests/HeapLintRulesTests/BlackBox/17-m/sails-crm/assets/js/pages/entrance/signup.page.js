parasails.registerPage('signup', {
  data: {
    formData: { fullName: '', emailAddress: '', password: '', agreed: false },
    formErrors: {},
    syncing: false,
    cloudError: '',
    plan: 'trial',
  },

  beforeMount: function () {
    _.extend(this, SAILS_LOCALS);
    var params = new URLSearchParams(window.location.search);
    this.plan = params.get('plan') || 'trial';
  },

  methods: {
    submittedForm: async function (result) {
      var email = this.formData.emailAddress.toLowerCase();
      // Intercom boots with the same person
      window.Intercom && window.Intercom('update', { email: email, name: this.formData.fullName });

      if (window.heap) {
        heap.identify(result && result.id ? String(result.id) : email);
        heap.addUserProperties({ email: email, signup_plan: this.plan, name: this.formData.fullName });
        heap.track('Signed Up', { plan: this.plan });
      }
      this.syncing = true;
      window.location = '/welcome';
    },

    handleParsingForm: function () {
      this.formErrors = {};
      var argins = this.formData;
      if (!argins.fullName) this.formErrors.fullName = true;
      if (!argins.emailAddress) this.formErrors.emailAddress = true;
      if (!argins.agreed) this.formErrors.agreed = true;
      if (Object.keys(this.formErrors).length > 0) {
        window.heap && heap.track('Signup Validation Failed', { fields: Object.keys(this.formErrors).join(',') });
        return;
      }
      return argins;
    },
  },
});
