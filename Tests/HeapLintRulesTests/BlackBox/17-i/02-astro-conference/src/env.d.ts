/// <reference types="astro/client" />

interface Window {
  heap: {
    identify(identity: string): void;
    track(event: string, properties?: Record<string, string | number>): void;
    addUserProperties(properties: Record<string, string | number>): void;
    [method: string]: any;
  };
  analytics?: { identify(id: string, traits?: object): void; track(event: string, props?: object): void };
}

declare namespace App {
  interface Locals {
    attendee: { id: string; email: string; ticketTier: string } | null;
  }
}
