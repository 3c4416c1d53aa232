import { Component } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { AnalyticsService } from '../core/analytics.service';
import { AuthService } from './auth.service';

@Component({
  selector: 'app-login',
  templateUrl: './login.component.html',
})
export class LoginComponent {
  form = this.fb.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  error?: string;

  constructor(
    private fb: FormBuilder,
    private auth: AuthService,
    private analytics: AnalyticsService,
    private router: Router,
  ) {}

  async submit(): Promise<void> {
    const { email, password } = this.form.getRawValue();
    try {
      const user = await this.auth.login(email!, password!);
      this.analytics.identify(user.email);
      this.analytics.setUserProperties({ plan: user.plan, seats: user.seats });
      await this.router.navigate(['/dashboard']);
    } catch (e) {
      this.error = 'Invalid email or password';
    }
  }

  continueAsGuest(): void {
    this.analytics.identify('guest'); // expect: blocklisted-identity
    this.analytics.track('Guest Checkout Started');
    this.router.navigate(['/browse']);
  }
}
