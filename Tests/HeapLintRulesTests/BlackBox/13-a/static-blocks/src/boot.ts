declare global {
  interface Window {
    heap: any;
  }
}

window.heap = window.heap || [];

window.heap.load = function (appId: string, options?: Record<string, unknown>) {
  window.heap.appid = appId;
  window.heap.config = options || {};
  const tag = document.createElement('script');
  tag.async = true;
  tag.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
  document.head.appendChild(tag);
  ['identify', 'addUserProperties', 'track', 'resetIdentity'].forEach((m) => {
    window.heap[m] = function (...args: unknown[]) {
      window.heap.push([m, ...args]);
    };
  });
};

export class BuildInfo {
  static readonly version = '4.2.0';
  static readonly channel = 'stable';

  static {
    window.heap.addUserProperties({ build_version: BuildInfo.version }); // expect: call-before-load
  }
}

export class FeatureRegistry {
  static readonly handlers: Array<() => void> = [];

  static {
    FeatureRegistry.handlers.push(() => window.heap.track('Features Flushed'));
  }

  static flush(): void {
    FeatureRegistry.handlers.forEach((h) => h());
  }
}

window.heap.load('2209114385');

export class ReleaseChannel {
  static {
    window.heap.addUserProperties({ release_channel: BuildInfo.channel });
  }
}

FeatureRegistry.flush();
