(() => {
  const EMAIL_FIELD = 'email';

  const newsletter = document.querySelector('#newsletter-form');
  if (newsletter) {
    newsletter.addEventListener('submit', async (event) => {
      event.preventDefault();
      const email = new FormData(newsletter).get(EMAIL_FIELD)?.toString().trim();
      if (!email) return;
      await fetch('/.netlify/functions/lead', {
        method: 'POST',
        body: JSON.stringify({ email, source: 'newsletter' }),
      });
      window.heap?.identify(email);
      window.heap?.addUserProperties({ newsletter: 'weekly', lead_source: 'footer' });
      newsletter.reset();
    });
  }

  const groupForm = document.querySelector('#demo-request');
  if (groupForm) {
    groupForm.addEventListener('submit', () => {
      window.heap?.identify(EMAIL_FIELD); // expect: blocklisted-identity
      window.heap?.track('Group Booking Requested', { team_size: Number(groupForm.elements.team_size.value) });
    });
  }

  // Returning visitors who started a booking on another page.
  const resume = document.querySelector('#resume-booking');
  if (resume) {
    resume.addEventListener('click', () => {
      const visitorId = localStorage.getItem('nw_visitor_id');
      window.heap?.identify(visitorId); // expect: anonymous-identity
      window.heap?.track('Booking Resumed', { step: resume.dataset.step });
    });
  }

  const quiz = document.querySelector('#kayak-quiz');
  if (quiz) {
    quiz.addEventListener('submit', (event) => {
      event.preventDefault();
      const answers = Object.fromEntries(new FormData(quiz));
      window.heap?.identify('quiz-' + Math.random().toString(36).slice(2)); // expect: random-identity
      window.heap?.track('Quiz Completed', { style: answers.style || 'none', run: Math.random().toString(36).slice(2, 8) });
      window.location.hash = `#tour-${answers.style}`;
    });
  }
})();
