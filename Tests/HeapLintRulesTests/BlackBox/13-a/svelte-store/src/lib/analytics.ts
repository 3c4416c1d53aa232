import { browser } from '$app/environment';

type Traits = Record<string, string | number>;

function heap() {
  return browser ? (window as any).heap : undefined;
}

export const analytics = {
  identify(id: string) {
    heap()?.identify(id);
  },
  setTraits(traits: Traits) {
    heap()?.addUserProperties(traits);
  },
  track(event: string, props?: Traits) {
    heap()?.track(event, props);
  },
  reset() {
    heap()?.resetIdentity();
  },
};
