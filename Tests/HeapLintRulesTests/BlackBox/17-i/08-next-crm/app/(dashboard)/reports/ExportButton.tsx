'use client';

import { nanoid } from 'nanoid';
import { crmAnalytics } from '../../../lib/analytics';

export function ExportButton({ reportId, format }: { reportId: string; format: 'csv' | 'xlsx' }) {
  async function exportReport() {
    const exportId = nanoid(12);
    const started = Date.now();
    const res = await fetch(`/api/reports/${reportId}/export?format=${format}`, { headers: { 'x-export-id': exportId } });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `report-${reportId}.${format}`;
    a.click();
    crmAnalytics.track('Report Exported', { exportId, format, ms: Date.now() - started });
  }

  return <button onClick={exportReport}>Export {format.toUpperCase()}</button>;
}
