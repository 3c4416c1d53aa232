import { Component, Input, inject } from '@angular/core';
import { NgFor } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';
import { AnalyticsService } from '../core/analytics/analytics.service';
import type { Organization } from '../core/models';

@Component({
  selector: 'rd-org-switcher',
  standalone: true,
  imports: [NgFor],
  template: `
    <label for="org">Organization</label>
    <select id="org" (change)="onChange($any($event.target).value)">
      <option *ngFor="let org of organizations" [value]="org.id" [selected]="org.id === activeId">
        {{ org.name }}
      </option>
    </select>
  `,
})
export class OrgSwitcherComponent {
  @Input({ required: true }) organizations: Organization[] = [];
  @Input() activeId = '';

  private readonly http = inject(HttpClient);
  private readonly analytics = inject(AnalyticsService);

  async onChange(orgId: string): Promise<void> {
    const org = this.organizations.find((o) => o.id === orgId);
    if (!org) return;
    await firstValueFrom(this.http.post('/api/session/organization', { organizationId: org.id }));
    this.activeId = org.id;
    // so Heap reports line up with the org the agent is working in
    this.analytics.identify(org.id); // expect: non-unique-identity
    this.analytics.setTicketContext({ organization: org.slug });
    this.analytics.syncOrgProfile(org);
    location.assign('/inbox');
  }
}
