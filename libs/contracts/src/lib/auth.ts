import type { WorkingHours } from './booking';
import type { Locale } from './i18n';
import type { Role, SelfRegisterRole } from './roles';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  role: SelfRegisterRole;
  locale?: Locale;
  timeZone?: string;
  /** `body` also returns the refresh token in the JSON body (command-line and server clients). */
  tokenDelivery?: TokenDelivery;
}

export interface LoginRequest {
  email: string;
  password: string;
  tokenDelivery?: TokenDelivery;
}

/** Browsers keep the refresh token in an httpOnly cookie; other clients may ask for it in the body. */
export type TokenDelivery = 'cookie' | 'body';

export interface RefreshRequest {
  refreshToken?: string;
  tokenDelivery?: TokenDelivery;
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  timeZone: string;
  /** Hours they usually work, in their own zone: "best times for both" ranks slots by them. */
  workingHours: WorkingHours;
  createdAt: string;
}

export interface AuthResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: UserView;
  refreshToken?: string;
}

export interface UpdateMeRequest {
  displayName?: string;
  locale?: Locale;
  timeZone?: string;
  workingHours?: WorkingHours;
}

export const REFRESH_COOKIE = 'tb_refresh';
