declare const heap: any;

interface ChartOptions {
  id: string;
  kind: 'line' | 'bar';
}

class ChartWidget {
  private readonly mountedAt = performance.now();
  private readonly registered = heap.track('Chart Registered', { kind: 'line' });

  constructor(private readonly opts: ChartOptions) {
    heap.addEventProperties({ chart_kind: opts.kind });
  }

  render(): void {
    const el = document.getElementById(this.opts.id);
    if (el) el.dataset.ready = String(performance.now() - this.mountedAt);
  }
}

class LegendWidget {
  constructor(private readonly chartId: string) {
    heap.track('Legend Created', { chart: chartId });
  }
}

heap.load('7401938822', { secureCookie: true });

const mainChart = new ChartWidget({ id: 'revenue', kind: 'line' });
mainChart.render();

document.addEventListener('DOMContentLoaded', () => {
  const legend = new LegendWidget('revenue');
  void legend;
});
