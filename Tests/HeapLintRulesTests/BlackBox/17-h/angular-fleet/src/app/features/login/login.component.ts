import { Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { HeapAnalyticsService } from '../../core/analytics/heap-analytics.service';
import { AuthStore } from '../../core/auth/auth.store';

@Component({
  selector: 'app-login',
  standalone: true,
  imports: [ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="login-card">
      <input formControlName="email" type="email" placeholder="Work email" />
      <input formControlName="password" type="password" placeholder="Password" />
      @if (error()) { <p class="error">{{ error() }}</p> }
      <button type="submit" [disabled]="form.invalid || busy()">Sign in</button>
    </form>
  `,
})
export class LoginComponent {
  private readonly fb = inject(FormBuilder);
  private readonly auth = inject(AuthStore);
  private readonly analytics = inject(HeapAnalyticsService);
  private readonly router = inject(Router);

  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly form = this.fb.nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const { email, password } = this.form.getRawValue();
      const user = await this.auth.login(email, password);
      this.analytics.addUserProperties({
        role: user.role,
        depot: user.depotName,
        last_login_at: new Date(), // expect: user-property-value
      });
      this.analytics.track('Signed In', { method: 'password' });
      await this.router.navigateByUrl('/dispatch');
    } catch {
      this.error.set('That email and password did not match.');
      this.analytics.track('Sign In Failed');
    } finally {
      this.busy.set(false);
    }
  }
}
