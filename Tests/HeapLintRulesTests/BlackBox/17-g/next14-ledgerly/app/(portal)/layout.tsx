import { notFound } from 'next/navigation';
import { PortalIdentify } from '@/components/analytics/PortalIdentify';
import { getPortalContact } from '@/lib/portal';

// Customer portal: the people our users send invoices to. Magic-link sign-in, no Ledgerly account.
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const contact = await getPortalContact();
  if (!contact) notFound();

  return (
    <div className="portal">
      <PortalIdentify contact={contact} />
      <header>
        <strong>{contact.billingAccountName}</strong>
      </header>
      {children}
    </div>
  );
}
