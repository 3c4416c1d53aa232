import { identifyMember } from '../analytics';

// Workspace switcher in the settings sidebar.
document.querySelectorAll('[data-switch-team]').forEach((button) => {
  button.addEventListener('click', async () => {
    const teamId = button.dataset.switchTeam;
    const { data } = await window.axios.post(`/teams/${teamId}/switch`);
    identifyMember({ id: data.team.id, email: data.user.email }); // expect: non-unique-identity
    window.heap.track('Team Switched', { seats: data.team.seats });
    window.location.reload();
  });
});
