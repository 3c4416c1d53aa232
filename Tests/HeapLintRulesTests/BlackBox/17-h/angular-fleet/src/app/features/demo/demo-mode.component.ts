import { Component, OnInit, inject } from '@angular/core';
import { Router } from '@angular/router';
import { v4 as uuidv4 } from 'uuid';
import { HeapAnalyticsService } from '../../core/analytics/heap-analytics.service';

/** /demo: sales opens a sandbox with seeded jobs for a prospect. */
@Component({
  selector: 'app-demo-mode',
  standalone: true,
  template: `<p>Preparing your sandbox…</p>`,
})
export class DemoModeComponent implements OnInit {
  private readonly analytics = inject(HeapAnalyticsService);
  private readonly router = inject(Router);

  ngOnInit(): void {
    const sandboxId = uuidv4();
    sessionStorage.setItem('fleetline.sandbox', sandboxId);
    // keep demo traffic apart from real customers
    this.analytics.identify(`demo-${uuidv4()}`); // expect: random-identity
    this.analytics.addUserProperties({ demo: 'yes', sandbox_seed: 'tri-state-logistics' });
    this.analytics.track('Demo Sandbox Opened', { sandbox_id: sandboxId });
    void this.router.navigateByUrl('/dispatch');
  }
}
