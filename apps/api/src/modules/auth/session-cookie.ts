import { Inject, Injectable } from '@nestjs/common';
import { REFRESH_COOKIE } from '@torchbridge/contracts';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** The httpOnly cookie that carries a browser's refresh token, scoped to the auth routes. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get secure(): boolean {
    return this.config.COOKIE_SECURE ?? this.config.NODE_ENV === 'production';
  }

  set(res: Response, token: string, expiresAt: Date): void {
    res.cookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      secure: this.secure,
      sameSite: 'strict',
      path: '/api/auth',
      expires: expiresAt,
    });
  }

  clear(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: this.secure, sameSite: 'strict', path: '/api/auth' });
  }
}
