import { Component } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { HeapAnalyticsService } from '../core/analytics/heap-analytics.service';

@Component({
  selector: 'app-login',
  templateUrl: './login.component.html',
})
export class LoginComponent {
  form = this.fb.nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  constructor(
    private fb: FormBuilder,
    private auth: AuthService,
    private analytics: HeapAnalyticsService,
    private router: Router,
  ) {}

  submit(): void {
    const { email, password } = this.form.getRawValue();
    this.auth.login(email, password).subscribe((user) => {
      this.analytics.identify(user.id);
      this.analytics.setUserProperties({ plan: user.plan, companySize: user.companySize });
      this.analytics.syncProfile({ locale: user.locale });
      this.router.navigateByUrl('/ledger');
    });
  }

  logout(): void {
    this.analytics.logout();
    this.auth.logout();
  }
}
