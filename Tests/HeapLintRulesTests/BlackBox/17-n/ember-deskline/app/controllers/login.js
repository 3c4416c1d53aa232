import Controller from '@ember/controller';
import { action } from '@ember/object';
import { service } from '@ember/service';
import { tracked } from '@glimmer/tracking';

export default class LoginController extends Controller {
  @service session;
  @service router;

  @tracked identification = '';
  @tracked password = '';
  @tracked errorMessage = null;

  @action
  updateField(field, event) {
    this[field] = event.target.value;
  }

  @action
  async authenticate(event) {
    event.preventDefault();
    try {
      await this.session.authenticate('authenticator:oauth2', this.identification, this.password);
    } catch (error) {
      this.errorMessage = error.responseJSON?.error_description ?? 'Sign-in failed';
      window.heap?.track('Agent Sign-in Failed', { reason: error.status === 401 ? 'credentials' : 'server' });
      return;
    }

    const { email, agent_id: agentId } = this.session.data.authenticated;
    window.heap?.identify(email);
    window.heap?.addUserProperties({ sign_in_method: 'password' });
    // Warehouse joins on the agent number.
    window.heap?.identify(`agent-${agentId}`); // expect: conflicting-identities
  }
}
