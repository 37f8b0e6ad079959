import { Inject, Injectable } from '@nestjs/common';
import { REFRESH_COOKIE } from '@torchbridge/contracts';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** The httpOnly cookie that carries a browser's refresh token, scoped to the auth routes. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * COOKIE_SECURE when set; otherwise always in production, and whenever the request came over HTTPS. Behind a
   * TLS-terminating proxy that is `req.secure`, which honours X-Forwarded-Proto only when TRUST_PROXY is set.
   */
  private secure(res: Response): boolean {
    return this.config.COOKIE_SECURE ?? (this.config.NODE_ENV === 'production' || res.req.secure);
  }

  set(res: Response, token: string, expiresAt: Date): void {
    res.cookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      secure: this.secure(res),
      sameSite: 'strict',
      path: '/api/auth',
      expires: expiresAt,
    });
  }

  clear(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: this.secure(res), sameSite: 'strict', path: '/api/auth' });
  }
}
