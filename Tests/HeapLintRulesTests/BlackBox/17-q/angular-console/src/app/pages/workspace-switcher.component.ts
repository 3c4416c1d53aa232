import { Component, OnInit, inject } from '@angular/core';
import { NgFor } from '@angular/common';

import { HEAP } from '../app.config';
import { HeapAnalyticsService } from '../analytics/heap-analytics.service';
import { AuthService, Workspace } from '../auth/auth.service';

@Component({
  selector: 'app-workspace-switcher',
  standalone: true,
  imports: [NgFor],
  template: `
    <ul class="workspaces">
      <li *ngFor="let ws of workspaces()">
        <button (click)="switchTo(ws)">{{ ws.name }}</button>
      </li>
    </ul>
  `,
})
export class WorkspaceSwitcherComponent implements OnInit {
  private readonly heap = inject(HEAP);
  private readonly analytics = inject(HeapAnalyticsService);
  private readonly auth = inject(AuthService);

  readonly workspaces = this.auth.workspaces;

  ngOnInit(): void {
    if (localStorage.getItem('northstar.legacyHeap') === '1') {
      this.restoreLegacySession();
    }
  }

  switchTo(ws: Workspace): void {
    this.auth.setActiveWorkspace(ws);
    // Product wants usage broken down per customer organisation.
    this.analytics.identify(ws.organizationId); // expect: non-unique-identity
    this.heap.addUserProperty({ workspace: ws.slug }); // expect: unknown-heap-method
    this.heap.track('Workspace Switched', { workspace: ws.slug });
  }

  /** Sessions started by the 2021 console still carry the old object-style identify. */
  private restoreLegacySession(): void {
    const user = this.auth.user();
    if (!user) return;
    this.heap.identify({ handle: user.email }); // expect: blocklisted-identity
  }
}
