export function identify(identity: string): void {
  (window as any).heap?.identify(identity);
}

export function reset(): void {
  (window as any).heap?.resetIdentity();
}
