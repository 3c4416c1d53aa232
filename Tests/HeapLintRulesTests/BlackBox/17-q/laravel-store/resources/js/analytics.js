// Thin helpers around the Heap global installed by layouts/app.blade.php.
// Every helper is a no-op when Heap is blocked or not installed on the page.

function heapReady() {
    return typeof window !== 'undefined' && window.heap && typeof window.heap.identify === 'function';
}

/** @param {{ uuid: string }} member */
export function identifyMember(member) {
    if (!heapReady()) return;
    window.heap.identify(member.uuid);
}

/** @param {Record<string, string|number>} properties */
export function tagMember(properties) {
    if (heapReady()) {
        window.heap.addUserProperties(properties);
    }
}

export function trackAction(name, properties = {}) {
    if (heapReady()) {
        window.heap.track(name, properties);
    }
}

export function forgetMember() {
    if (heapReady()) {
        window.heap.resetIdentity();
    }
}
