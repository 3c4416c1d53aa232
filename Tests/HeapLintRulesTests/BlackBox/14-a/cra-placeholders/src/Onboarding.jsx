import React from 'react';

export default function Onboarding({ user, onDone }) {
  const finish = (answers) => {
    window.heap.addUserProperties({
      role: answers.role,
      team_size: Number(answers.teamSize),
    });
    window.heap.addUserProperties({ goals: answers.goals.split(',') }); // expect: user-property-value
    window.heap.track('Onboarding Finished', { steps: answers.steps });
    onDone();
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); finish(Object.fromEntries(new FormData(e.target))); }}>
      <p>Welcome, {user.name}</p>
      <button type="submit">Finish</button>
    </form>
  );
}
