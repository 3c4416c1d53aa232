import { Component } from '@angular/core';
import { Router } from '@angular/router';
import { AnalyticsService } from '../core/analytics.service';
import { AuthService, User } from './auth.service';

@Component({
  selector: 'app-login',
  templateUrl: './login.component.html',
})
export class LoginComponent {
  email = '';
  password = '';

  constructor(
    private analytics: AnalyticsService,
    private auth: AuthService,
    private router: Router,
  ) {}

  async submit(): Promise<void> {
    const user: User = await this.auth.login(this.email, this.password);
    this.onLoggedIn(user);
    await this.router.navigateByUrl('/home');
  }

  private onLoggedIn(user: User): void {
    this.analytics.identify(user.email);
    this.analytics.setUserProperties({ role: user.role, lastLogin: new Date() }); // expect: user-property-value
    this.analytics.trackSignup(user.plan);
  }
}
