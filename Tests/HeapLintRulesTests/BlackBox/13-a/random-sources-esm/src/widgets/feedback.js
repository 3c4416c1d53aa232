const heap = window.heap;

function makeTicketNumber() {
  return Math.random().toString(36).slice(2, 10);
}

export function openFeedbackWidget(container, user) {
  container.hidden = false;
  if (user) {
    heap.identify(user.id);
  } else {
    heap.identify(Math.random().toString(36).substring(2)); // expect: random-identity
  }
}

export function openSurvey() {
  heap.identify(`survey-${Date.now().toString(36)}`); // expect: random-identity
}

export function submitFeedback(form) {
  const ticket = makeTicketNumber();
  heap.track('Feedback Submitted', { ticket, rating: Number(form.rating.value) });
  heap.addUserProperties({ last_feedback_ticket: ticket });
}
