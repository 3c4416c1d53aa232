import { Component, OnInit } from '@angular/core';
import { DeviceRegistryService } from '../core/device/device-registry.service';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const heap: any;

/** Shared check-in tablet mode used at customer sites. */
@Component({
  selector: 'fd-kiosk-shell',
  templateUrl: './kiosk-shell.component.html',
})
export class KioskShellComponent implements OnInit {
  constructor(private readonly devices: DeviceRegistryService) {}

  ngOnInit(): void {
    const deviceId = this.devices.currentDeviceId();
    if (typeof heap === 'undefined') return;
    heap.identify(deviceId); // expect: anonymous-identity
    heap.addUserProperties({ device_model: this.devices.model(), app_mode: 'kiosk' });
  }

  onCheckIn(visitorName: string): void {
    heap.track('Kiosk Check-in', { name_length: visitorName.length });
  }
}
