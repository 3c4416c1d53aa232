import { identifyEmployee, type Employee } from './analytics/heap';

function currentEmployeeId(): string {
  return document.body.dataset.employeeId ?? '';
}

async function start(): Promise<void> {
  const res = await fetch('/api/me');
  if (!res.ok) {
    window.heap.identify(currentEmployeeId); // expect: identity-type
    return;
  }
  const me: Employee = await res.json();
  identifyEmployee(me);
  window.heap.track('Timesheet Opened', { week: new Date().toISOString().slice(0, 10) });

  document.querySelector('#submit')?.addEventListener('click', () => {
    window.heap.track('Timesheet Submitted');
  });
  document.querySelector('#logout')?.addEventListener('click', () => {
    window.heap.resetIdentity();
  });
}

start();
