import { useEffect } from 'react';
import { analytics } from '../../lib/Analytics';
import { useCompany } from './useCompany';

export default function AccountPage() {
  const company = useCompany();

  useEffect(() => {
    if (!company) return;
    analytics.setUser(company.accountId); // expect: non-unique-identity
    analytics.traits({ industry: company.industry, employees: company.employeeCount });
  }, [company]);

  return <h1>{company?.name ?? 'Account'}</h1>;
}
