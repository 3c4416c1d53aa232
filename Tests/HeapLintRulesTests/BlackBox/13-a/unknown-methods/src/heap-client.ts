export class HeapClient {
  private client: any;

  constructor() {
    this.client = (window as any).heap;
  }

  identify(email: string): void {
    this.client.identify(email);
  }

  setUserProperties(props: Record<string, string | number>): void {
    this.client.setUserProperties(props); // expect: unknown-heap-method
  }

  addAccount(props: Record<string, string | number>): void {
    this.client.addAccountProperties(props);
  }

  whenReady(cb: () => void): void {
    this.client.onReady(cb);
  }

  currentUserId(): string | undefined {
    return this.client.getUserId();
  }
}

export const heapClient = new HeapClient();
