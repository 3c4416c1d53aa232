import { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'dispatch' },
  { path: 'login', loadComponent: () => import('./features/login/login.component').then((m) => m.LoginComponent) },
  { path: 'dispatch', loadComponent: () => import('./features/dispatch/dispatch-board.component').then((m) => m.DispatchBoardComponent) },
  { path: 'tablet/:depot', loadComponent: () => import('./features/tablet/driver-tablet.component').then((m) => m.DriverTabletComponent) },
  { path: 'track/:trackingNumber', loadComponent: () => import('./features/tracking/shipment-tracking.component').then((m) => m.ShipmentTrackingComponent) },
  { path: 'demo', loadComponent: () => import('./features/demo/demo-mode.component').then((m) => m.DemoModeComponent) },
];
