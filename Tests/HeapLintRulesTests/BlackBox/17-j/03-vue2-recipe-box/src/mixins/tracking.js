export default {
  methods: {
    trackView(screen) {
      this.$heap.track('Screen Viewed', { screen });
    },

    identifyFromProfile(profile) {
      this.$heap.identify(profile.handle);
      this.$heap.addUserProperties({ handle: profile.handle });
    },
  },
};
