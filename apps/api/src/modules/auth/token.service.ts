import { Inject, Injectable } from '@nestjs/common';
import { ROLES, Role } from '@torchbridge/contracts';
import { SignJWT, errors, jwtVerify } from 'jose';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { AuthUser } from '../../common/http/auth-user';
import { RevokedSessions } from './revoked-sessions';

const ALGORITHM = 'HS256';

const REASONS = {
  expired: 'Access token has expired',
  invalid: 'Access token is invalid',
  revoked: 'This sign-in has ended; sign in again',
} as const;

export class InvalidTokenError extends Error {
  constructor(readonly reason: keyof typeof REASONS) {
    super(REASONS[reason]);
  }
}

/** Access tokens (short-lived JWT) and the opaque refresh-token format `<id>.<secret>`. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly revoked: RevokedSessions,
  ) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  get accessTtlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  async signAccess(user: AuthUser): Promise<string> {
    return new SignJWT({ role: user.role, sid: user.sessionId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.ACCESS_TOKEN_TTL_SECONDS}s`)
      .setJti(randomUUID())
      .sign(this.key);
  }

  /** Verifies signature (HS256 only), issuer, audience and expiry, and that the sign-in has not ended; returns who is calling. */
  async verifyAccess(token: string): Promise<AuthUser & { expiresAt: number }> {
    const user = await this.verifySignature(token);
    if (await this.revoked.isRevoked(user.sessionId)) {
      throw new InvalidTokenError('revoked');
    }
    return user;
  }

  /** Whether the sign-in has ended since its token was checked (a socket that raced a logout). */
  isRevoked(sessionId: string): Promise<boolean> {
    return this.revoked.isRevoked(sessionId);
  }

  private async verifySignature(token: string): Promise<AuthUser & { expiresAt: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const role = payload['role'];
      const sid = payload['sid'];
      if (typeof payload.sub !== 'string' || typeof sid !== 'string' || !(ROLES as readonly unknown[]).includes(role)) {
        throw new InvalidTokenError('invalid');
      }
      return { id: payload.sub, role: role as Role, sessionId: sid, expiresAt: (payload.exp ?? 0) * 1000 };
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw error;
      }
      throw new InvalidTokenError(error instanceof errors.JWTExpired ? 'expired' : 'invalid');
    }
  }

  newRefreshSecret(): { secret: string; hash: string } {
    const secret = randomBytes(32).toString('base64url');
    return { secret, hash: TokenService.hash(secret) };
  }

  static hash(secret: string): string {
    return createHash('sha256').update(secret).digest('hex');
  }

  static parseRefresh(token: string): { id: string; secret: string } | null {
    const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    return match ? { id: match[1] as string, secret: match[2] as string } : null;
  }
}
