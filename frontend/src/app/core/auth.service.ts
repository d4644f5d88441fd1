import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom, tap } from 'rxjs';
import type {
  AuthSettings,
  CurrentPerson,
  PasswordResetAccepted,
  RegisterRequest,
  RegistrationAccepted,
  SessionState,
  SignInRequest,
  UpdateProfileRequest,
} from '@atolye/shared';
import { can, type Permission } from '@atolye/shared/core';

/** URLs of the session endpoints; a 401 from these is an answer, not an expired session. */
export const AUTH_API = '/api/auth/';

/**
 * Who is signed in, held as signals. The session itself lives in an httpOnly cookie the
 * browser sends; this service only mirrors what the API says about it.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly person = signal<CurrentPerson | null>(null);

  readonly currentPerson = this.person.asReadonly();
  readonly signedIn = computed(() => this.person() !== null);
  readonly roles = computed(() => this.person()?.roles ?? []);

  /** Whether the signed-in person's roles grant a permission (the server still decides). */
  can(permission: Permission): boolean {
    return can(this.roles(), permission);
  }

  /** Asks the API who the session cookie belongs to; called once before the first page. */
  async restore(): Promise<void> {
    try {
      this.person.set((await firstValueFrom(this.http.get<SessionState>(`${AUTH_API}session`))).person);
    } catch (error) {
      // Server down: the visitor starts signed out, and the next API call shows the error where it happens.
      if (!(error instanceof HttpErrorResponse)) throw error;
      this.person.set(null);
    }
  }

  signIn(request: SignInRequest): Observable<CurrentPerson> {
    return this.http.post<CurrentPerson>(`${AUTH_API}sign-in`, request).pipe(tap((p) => this.person.set(p)));
  }

  /** Asks for an account; nobody is signed in by it (the address is confirmed by mail first). */
  register(request: RegisterRequest): Observable<RegistrationAccepted> {
    return this.http.post<RegistrationAccepted>(`${AUTH_API}register`, request);
  }

  /** Opens the account of a registration with the token from the mailed link. */
  confirmRegistration(token: string): Observable<void> {
    return this.http.post<void>(`${AUTH_API}register/confirm`, { token });
  }

  signOut(): Observable<void> {
    return this.http.post<void>(`${AUTH_API}sign-out`, null).pipe(tap(() => this.person.set(null)));
  }

  /** Asks for a link to choose a new password; the answer is the same for any address. */
  requestPasswordReset(email: string): Observable<PasswordResetAccepted> {
    return this.http.post<PasswordResetAccepted>(`${AUTH_API}password-reset`, { email });
  }

  /** Sets a new password with the token from the mailed link. */
  confirmPasswordReset(token: string, password: string): Observable<void> {
    return this.http.post<void>(`${AUTH_API}password-reset/confirm`, { token, password });
  }

  settings(): Observable<AuthSettings> {
    return this.http.get<AuthSettings>(`${AUTH_API}settings`);
  }

  /** Saves the person's own details and keeps the mirrored state in step. */
  updateProfile(request: UpdateProfileRequest): Observable<CurrentPerson> {
    return this.http.patch<CurrentPerson>('/api/me', request).pipe(tap((p) => this.person.set(p)));
  }

  /** Forgets the person locally, e.g. when the API says the session has ended. */
  clear(): void {
    this.person.set(null);
  }
}
