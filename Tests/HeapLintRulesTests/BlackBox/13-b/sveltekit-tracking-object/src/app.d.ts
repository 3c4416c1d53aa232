declare global {
	interface Window {
		heap?: {
			identify(identity: string): void;
			addUserProperties(props: Record<string, unknown>): void;
			resetIdentity(): void;
			track(event: string, props?: Record<string, unknown>): void;
		};
	}
	namespace App {
		interface PageData {
			user?: { id: string; email: string; role: string; locale: string };
			flags?: Set<string>;
		}
	}
}

export {};
