import { Injectable } from '@angular/core';

export interface CurrentUser {
  id: string;
  email: string;
  companyName: string;
  planName: string;
}

export interface Tenant {
  name: string;
  size: number;
}

@Injectable()
export class HeapTrackingService {
  private service: any;

  constructor() {
    this.service = (window as any).heap || [];
  }

  get ready(): boolean {
    return Boolean(this.service && this.service.loaded);
  }

  identifyUser(user: CurrentUser): void {
    this.service.identify(user.email);
  }

  updateProfile(user: CurrentUser): void {
    this.service.trackUserProperties({ company: user.companyName, plan: user.planName }); // expect: unknown-heap-method
  }

  setTenant(tenant: Tenant): void {
    this.service.addUserProperties({ tenant_name: tenant.name, tenant_size: tenant.size });
  }

  logEvent(name: string, props: Record<string, string>): void {
    this.service.track(name, props);
  }
}
