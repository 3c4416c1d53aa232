/// <reference types="astro/client" />

interface Window {
  heap?: {
    load(id: string, opts?: object): void;
    identify(id: string): void;
    track(name: string, props?: Record<string, string | number>): void;
    addUserProperties(props: Record<string, string | number>): void;
    addEventProperties(props: Record<string, string | number>): void;
    resetIdentity(): void;
  };
}
