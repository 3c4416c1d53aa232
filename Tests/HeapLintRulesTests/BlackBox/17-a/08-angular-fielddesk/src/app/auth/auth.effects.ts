import { Injectable } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { tap } from 'rxjs/operators';
import { HeapService } from '../core/analytics/heap.service';
import * as AuthActions from './auth.actions';

@Injectable()
export class AuthEffects {
  loginSuccess$ = createEffect(
    () =>
      this.actions$.pipe(
        ofType(AuthActions.loginSuccess),
        tap(({ user }) => {
          this.heap.identify(user);
          this.heap.setProperties({ role: user.role, region: user.region, tenant_id: user.tenantId });
          this.heap.track('Logged In', { method: user.authMethod });
        }),
      ),
    { dispatch: false },
  );

  logout$ = createEffect(
    () =>
      this.actions$.pipe(
        ofType(AuthActions.logout),
        tap(() => this.heap.reset()),
      ),
    { dispatch: false },
  );

  constructor(
    private readonly actions$: Actions,
    private readonly heap: HeapService,
  ) {}
}
