import { Component, Input } from '@angular/core';
import { Company } from '../core/company.model';

declare const heap: any;

@Component({
  selector: 'app-company-switcher',
  template: `<select (change)="switchTo($event)"><option *ngFor="let c of companies" [value]="c.id">{{ c.name }}</option></select>`,
})
export class CompanySwitcherComponent {
  @Input() companies: Company[] = [];

  switchTo(event: Event): void {
    const company = this.companies.find((c) => c.id === (event.target as HTMLSelectElement).value);
    if (!company) return;
    heap.identify(company.name); // expect: non-unique-identity
  }
}
