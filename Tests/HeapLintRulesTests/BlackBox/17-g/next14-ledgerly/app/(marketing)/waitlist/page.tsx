import { WaitlistForm } from './WaitlistForm';

export const metadata = { title: 'Payroll waitlist' };

export default function WaitlistPage() {
  return (
    <section className="hero">
      <h1>Payroll is coming to Ledgerly</h1>
      <p>Run payroll next to your invoices. Join the waitlist for early access.</p>
      <WaitlistForm />
    </section>
  );
}
