import { DealBoard } from './DealBoard';
import { TeamSwitcher } from '../team/TeamSwitcher';
import FollowUps from '../FollowUps';
import { SignOutButton } from '../SignOutButton';
import { getCurrentUser } from '../../../lib/auth';
import { listDeals, listOrgs } from '../../../lib/deals';

export default async function DealsPage() {
  const user = await getCurrentUser();
  const [deals, orgs] = await Promise.all([listDeals(), listOrgs()]);
  return (
    <main>
      <header>
        <TeamSwitcher orgs={orgs} currentOrgId={user?.orgId ?? ''} />
        <SignOutButton />
      </header>
      <DealBoard initial={deals} />
      <FollowUps />
    </main>
  );
}
