/**
 * Svelte action: `<button use:heapTrack={'Event Name'}>`
 * @param {HTMLElement} node
 * @param {string} eventName
 */
export function heapTrack(node, eventName) {
	const onClick = () => window.heap.track(eventName, { label: node.textContent?.trim() ?? '' });
	node.addEventListener('click', onClick);
	return {
		update(next) {
			eventName = next;
		},
		destroy() {
			node.removeEventListener('click', onClick);
		}
	};
}
