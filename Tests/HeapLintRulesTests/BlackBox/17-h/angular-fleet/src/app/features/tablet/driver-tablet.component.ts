import { Component, OnInit, inject, input, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { HeapAnalyticsService } from '../../core/analytics/heap-analytics.service';

interface DepotDriver {
  id: string;
  fullName: string;
  badge: string;
  vehiclePlate: string;
}

/**
 * Wall-mounted tablets at each depot. Drivers pick their name from a list to
 * check in; nobody signs in with a password here.
 */
@Component({
  selector: 'app-driver-tablet',
  standalone: true,
  template: `
    <h1>{{ depot() }} check-in</h1>
    <ul class="driver-grid">
      @for (driver of drivers(); track driver.id) {
        <li><button type="button" (click)="checkIn(driver)">{{ driver.fullName }}</button></li>
      }
    </ul>
  `,
})
export class DriverTabletComponent implements OnInit {
  readonly depot = input.required<string>();
  readonly drivers = signal<DepotDriver[]>([]);

  private readonly http = inject(HttpClient);
  private readonly analytics = inject(HeapAnalyticsService);

  ngOnInit(): void {
    this.analytics.setGlobalProperty('depot', this.depot());
    this.http.get<DepotDriver[]>(`/api/depots/${this.depot()}/drivers`).subscribe((d) => this.drivers.set(d));
  }

  checkIn(driver: DepotDriver): void {
    this.analytics.reset();
    this.analytics.identify(driver.fullName); // expect: non-unique-identity
    this.analytics.addUserProperties({ badge: driver.badge, vehicle: driver.vehiclePlate });
    this.analytics.track('Driver Checked In', { depot: this.depot() });
    this.http.post(`/api/drivers/${driver.id}/check-in`, {}).subscribe();
  }
}
