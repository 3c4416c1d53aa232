export interface Employee {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  department: string;
  contractHours: number;
}

declare global {
  interface Window {
    heap: {
      identify(identity: unknown, ...rest: unknown[]): void;
      addUserProperties(props: Record<string, unknown>): void;
      track(event: string, props?: Record<string, string | number>): void;
      getSessionId(): string;
      resetIdentity(): void;
    };
  }
}

export function identifyEmployee(e: Employee): void {
  window.heap.identify(e.id);
  window.heap.addUserProperties({ department: e.department, contract_hours: e.contractHours });
}

export function identifyFromDirectory(e: Employee): void {
  window.heap.identify(`${e.firstName} ${e.lastName}`); // expect: non-unique-identity
}

export function identifyKioskClockIn(): void {
  window.heap.identify(window.heap.getSessionId()); // expect: anonymous-identity
}
