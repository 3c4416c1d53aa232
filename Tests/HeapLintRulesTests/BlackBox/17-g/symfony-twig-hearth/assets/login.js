import tracker from './lib/HeapTracker';

const form = document.getElementById('login-form');

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const res = await fetch('/api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: form.elements.email.value, password: form.elements.password.value }),
  });
  if (!res.ok) {
    form.classList.add('has-error');
    tracker.track('Login Failed', { status: res.status });
    return;
  }
  const data = await res.json();
  window.heap.identify(data.customer.email);
  tracker.track('Logged In', { method: 'password' });
  // loyalty reports still join on the customer number
  window.heap.identify(data.customer.customerNumber); // expect: conflicting-identities
  window.location.assign(data.redirect || '/account');
});
