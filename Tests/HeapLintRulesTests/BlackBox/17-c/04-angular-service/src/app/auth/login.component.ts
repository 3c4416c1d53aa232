import { Component } from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../core/auth.service';
import { HeapService } from '../core/heap.service';

@Component({
  selector: 'app-login',
  templateUrl: './login.component.html',
})
export class LoginComponent {
  readonly form = this.fb.nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  error?: string;

  constructor(
    private readonly fb: FormBuilder,
    private readonly auth: AuthService,
    private readonly heap: HeapService,
    private readonly router: Router,
  ) {}

  async submit(): Promise<void> {
    const { email, password } = this.form.getRawValue();
    try {
      const user = await firstValueFrom(this.auth.login(email, password));
      this.heap.identifyByEmail(user.email);
      this.heap.addUserProperties({ plan: user.plan, team_id: user.teamId });
      this.heap.track('Logged In', { method: 'password' });
      await this.router.navigateByUrl('/projects');
    } catch {
      this.error = 'Invalid email or password';
    }
  }

  async loginAsDemo(): Promise<void> {
    await firstValueFrom(this.auth.loginDemo());
    this.heap.identify('demo-account'); // expect: hardcoded-identity
    await this.router.navigateByUrl('/projects');
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.auth.logout());
    this.heap.reset();
    await this.router.navigateByUrl('/login');
  }
}
