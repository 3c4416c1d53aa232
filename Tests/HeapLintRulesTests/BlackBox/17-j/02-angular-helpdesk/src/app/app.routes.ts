import { Routes } from '@angular/router';
import { TicketDetailComponent } from './tickets/ticket-detail.component';
import { NotificationSettingsComponent } from './settings/notification-settings.component';
import { PortalEntryComponent } from './portal/portal-entry.component';

export const routes: Routes = [
  { path: 'tickets/:id', component: TicketDetailComponent },
  { path: 'settings/notifications', component: NotificationSettingsComponent },
  { path: 'portal', component: PortalEntryComponent },
  { path: '', pathMatch: 'full', redirectTo: 'tickets/latest' },
];
