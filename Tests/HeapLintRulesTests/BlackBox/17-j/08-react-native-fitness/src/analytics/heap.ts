import Heap from '@heap/react-native-heap';
import firebaseAnalytics from '@react-native-firebase/analytics';

type PropValue = string | number | boolean | string[];

export const analytics = {
  identify(userId: string) {
    Heap.identify(userId);
    firebaseAnalytics().setUserId(userId);
  },

  setProps(props: Record<string, PropValue>) {
    Heap.addUserProperties(props);
  },

  track(event: string, props: Record<string, string | number> = {}) {
    Heap.track(event, props);
    firebaseAnalytics().logEvent(event.toLowerCase().replace(/\s+/g, '_'), props);
  },

  reset() {
    Heap.resetIdentity();
    firebaseAnalytics().setUserId(null);
  },
};
