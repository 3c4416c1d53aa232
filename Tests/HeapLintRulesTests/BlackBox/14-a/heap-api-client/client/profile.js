export function onProfileLoaded(user) {
  window.heap.identify(user.email);
  window.heap.addUserProperties({ plan: user.plan, seats: user.seats });
}

export function onPlanChanged(plan) {
  heap.addUserProperties({ plan });
  heap.track('Plan Changed', { plan });
}
