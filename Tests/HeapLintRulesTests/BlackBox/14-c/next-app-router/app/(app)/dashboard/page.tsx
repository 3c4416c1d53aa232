'use client';

export default function DashboardPage() {
  return (
    <main>
      <h1>Dashboard</h1>
      <button onClick={() => window.heap.track('Report Exported', { format: 'csv' })}>Export CSV</button>
    </main>
  );
}
