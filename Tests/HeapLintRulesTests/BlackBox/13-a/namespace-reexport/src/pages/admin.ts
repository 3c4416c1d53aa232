import { track, setUserTraits } from '../analytics';
import { renderAdminShell } from '../ui/admin-shell';

export function mountAdmin(root: HTMLElement, staffEmail: string | null) {
  if (!staffEmail) {
    track('admin'); // expect: hardcoded-identity
  } else {
    track(staffEmail);
  }
  setUserTraits({ area: 'admin', opened_at: new Date().toISOString() });
  renderAdminShell(root);
}
