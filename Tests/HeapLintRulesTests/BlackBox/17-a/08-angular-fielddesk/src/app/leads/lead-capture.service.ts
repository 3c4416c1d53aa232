import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const heap: any;

const SHOWROOM_VISITOR = 'showroom-visitor';

export interface LeadForm {
  company: string;
  contactEmail: string;
  source: 'trade-show' | 'showroom' | 'web';
}

/** Used by the trade-show and showroom check-in screens. */
@Injectable({ providedIn: 'root' })
export class LeadCaptureService {
  constructor(private readonly http: HttpClient) {}

  async captureLead(form: LeadForm): Promise<string> {
    const leadId = crypto.randomUUID();
    await firstValueFrom(this.http.post('/api/leads', { ...form, id: leadId }));
    heap.identify(leadId); // expect: random-identity
    heap.track('Lead Captured', { lead_id: leadId, source: form.source });
    return leadId;
  }

  startShowroomSession(): void {
    heap.identify(SHOWROOM_VISITOR); // expect: hardcoded-identity
    heap.addEventProperties({ channel: 'showroom' });
  }
}
