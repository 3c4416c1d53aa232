/**
 * Heap is loaded by the Blade layout (layouts/app.blade.php). These helpers
 * no-op when it was blocked or when running the Vite dev server without it.
 */

export function identifyUser(id) {
    if (!window.heap || !id) return;
    window.heap.identify(String(id));
}

export function trackEvent(name, props = {}) {
    if (window.heap) {
        window.heap.track(name, props);
    }
}

export function addUserProperties(props) {
    window.heap && window.heap.addUserProperties(props);
}
