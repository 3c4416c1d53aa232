import { browser } from '$app/environment';

declare global {
	interface Window {
		// Installed by the snippet in app.html.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		heap?: any;
	}
}

export type ReaderProps = Record<string, string | number>;

export function identifyReader(readerId: string) {
	if (!browser) return;
	window.heap?.identify(readerId);
}

export function setReaderProps(props: ReaderProps) {
	if (!browser) return;
	window.heap?.addUserProperties(props);
}

export function trackRead(slug: string, percent: number) {
	if (!browser) return;
	window.heap?.track('Article Read', { slug, percent });
}

export function signOutReader() {
	if (!browser) return;
	window.heap?.resetIdentity();
}
