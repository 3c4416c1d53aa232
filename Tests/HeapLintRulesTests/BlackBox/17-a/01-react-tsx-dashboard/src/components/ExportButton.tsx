import { useState } from 'react';
import { exportReport, type ReportFormat } from '../api/reports';

export function ExportButton({ reportId }: { reportId: string }) {
  const [format, setFormat] = useState<ReportFormat>('csv');
  const [pending, setPending] = useState(false);

  async function handleExport() {
    const exportId = crypto.randomUUID();
    const startedAt = Date.now();
    setPending(true);
    try {
      await exportReport(reportId, format, exportId);
      window.heap?.track('Report Exported', {
        export_id: exportId,
        report_id: reportId,
        format,
        duration_ms: Date.now() - startedAt,
      });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="export">
      <select value={format} onChange={(e) => setFormat(e.target.value as ReportFormat)}>
        <option value="csv">CSV</option>
        <option value="xlsx">Excel</option>
        <option value="pdf">PDF</option>
      </select>
      <button type="button" disabled={pending} onClick={handleExport}>
        {pending ? 'Exporting…' : 'Export'}
      </button>
    </div>
  );
}
