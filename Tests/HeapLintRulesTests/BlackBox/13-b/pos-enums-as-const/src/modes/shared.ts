import { DemoAccount, SHARED_TERMINAL, HEAP_USERS } from '../constants';
import { heapClient } from '../heap';

export function enterDemoMode(): void {
  heapClient.heap.identify(DemoAccount.Identity); // expect: hardcoded-identity
  heapClient.heap.track('Demo Mode Entered');
}

export function bootSharedTerminal(): void {
  heapClient.heap.identify(SHARED_TERMINAL.id); // expect: hardcoded-identity
  heapClient.heap.addUserProperties({ terminalLabel: SHARED_TERMINAL.label });
}

export function enterTrainingMode(): void {
  heapClient.heap.identify(HEAP_USERS.TRAINING); // expect: hardcoded-identity
}
