import { UserProp } from '../constants';
import { heapClient } from '../heap';

interface Cashier {
  employeeId: number;
  name: string;
}

interface Store {
  number: number;
  plan: string;
}

export function clockIn(cashier: Cashier, store: Store): void {
  heapClient.heap.identify(cashier.employeeId.toString());
  heapClient.heap.addUserProperties({ [UserProp.Plan]: store.plan, [UserProp.StoreNumber]: store.number });
}

export function resumeShift(cashier: Cashier): void {
  heapClient.heap.identify(cashier.employeeId.toString); // expect: identity-type
}

export function clockOut(): void {
  heapClient.heap.setUserProperties({ onShift: 'no' }); // expect: unknown-heap-method
  heapClient.heap.resetIdentity();
}
