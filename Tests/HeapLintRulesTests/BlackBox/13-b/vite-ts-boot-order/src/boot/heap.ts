import '../vendor/heap-snippet.js';

declare const heap: any;

interface BootUser {
  id: string;
  email: string;
  plan: string;
}

function readBootUser(): BootUser | null {
  const el = document.getElementById('boot-user');
  return el ? (JSON.parse(el.textContent || 'null') as BootUser | null) : null;
}

class HeapUserSync {
  constructor(private readonly user: BootUser | null) {
    if (user) heap.identify(user.id); // expect: call-before-load
  }

  refresh(props: Record<string, string | number>) {
    heap.addUserProperties(props);
  }
}

class DeferredPageProps {
  constructor() {
    window.addEventListener('load', () => heap.addUserProperties({ landingPath: location.pathname }));
  }
}

function markBooted() {
  heap.track('Console Booted', { build: import.meta.env.VITE_BUILD_SHA });
}

heap.addEventProperties({ app: 'console' }); // expect: call-before-load

const bootUser = readBootUser();
const sync = new HeapUserSync(bootUser);
new DeferredPageProps();

heap.load(import.meta.env.VITE_HEAP_APP_ID, { disableTextCapture: true });

markBooted();
if (bootUser) sync.refresh({ plan: bootUser.plan });

export function identifyAfterLogin(user: BootUser) {
  heap.identify(user.id);
}

export { sync };
