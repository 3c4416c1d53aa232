import { Component, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { AnalyticsService } from '../core/analytics.service';
import { Organization, OrgService } from './org.service';

@Component({
  selector: 'app-org-settings',
  templateUrl: './org-settings.component.html',
})
export class OrgSettingsComponent implements OnInit {
  org!: Organization;

  constructor(
    private readonly route: ActivatedRoute,
    private readonly orgs: OrgService,
    private readonly analytics: AnalyticsService,
  ) {}

  ngOnInit(): void {
    const slug = this.route.snapshot.paramMap.get('slug')!;
    this.orgs.get(slug).subscribe((org) => {
      this.org = org;
      this.analytics.identify(this.org.id); // expect: non-unique-identity
      this.analytics.setUserProperties({ orgSize: org.memberCount, industry: org.industry });
    });
  }
}
