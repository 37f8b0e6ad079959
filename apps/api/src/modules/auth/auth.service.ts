import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LOCALE, ERROR_CATALOGUE, UserView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, badField } from '../../common/errors/app-error';
import { DomainEvents, Queryable } from '../../common/events/domain-events';
import type { AuthUser } from '../../common/http/auth-user';
import { JOB_QUEUE, JobQueue } from '../../common/jobs/job-queue';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { col, sqlExec, sqlRow } from '../../database/sql';
import { UsersService } from '../users';
import { LoginDto, RegisterDto } from './dto/auth.dto';
import { LoginLimiter } from './login-limiter';
import { passwordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';
import { RevokedSessions } from './revoked-sessions';
import { TokenService } from './token.service';

export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserView;
}

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

interface IssuedRefresh {
  token: string;
  familyId: string;
  expiresAt: Date;
}

/** `ended`: the sign-in this refresh revoked (reuse), to refuse its access tokens once the revocation commits. */
type RefreshOutcome = { user: UserView; next: IssuedRefresh } | { error: string; ended?: string };

/** One refresh token; tokens rotated from one login share a family, revoked together on reuse or logout. */
const refreshRow = z.object({
  id: col.id,
  user_id: col.id,
  family_id: col.id,
  /** SHA-256 of the secret half; the token itself is never stored. */
  token_hash: col.text,
  expires_at: col.date,
  rotated_at: col.nullableDate,
  revoked_at: col.nullableDate,
});
const REFRESH_COLUMNS = 'id, user_id, family_id, token_hash, expires_at, rotated_at, revoked_at';

const PURGE_JOB = 'auth.purge-expired-refresh-tokens';

@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    private readonly tokens: TokenService,
    private readonly limiter: LoginLimiter,
    private readonly revoked: RevokedSessions,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(PURGE_JOB, async () => {
      const purged = await sqlRow(
        this.db,
        z.object({ n: col.int }),
        'WITH gone AS (DELETE FROM refresh_tokens WHERE expires_at < now() RETURNING 1) SELECT count(*)::int AS n FROM gone',
      );
      this.logger.log(`Purged ${purged?.n ?? 0} expired refresh tokens`);
    });
    await this.jobs.enqueue(PURGE_JOB, {}, { jobId: PURGE_JOB, everyMs: 6 * 60 * 60 * 1000 });
  }

  /** Creates the account and its first sign-in together, so a failed session leaves no account behind. */
  async register(dto: RegisterDto, client: ClientInfo): Promise<IssuedSession> {
    const weakness = passwordProblem(dto.password, dto);
    if (weakness) {
      throw badField('password', ERROR_CATALOGUE[weakness].message, weakness);
    }
    const passwordHash = await passwordHasher.hash(dto.password);
    const { user, next } = await this.db.transaction(async (tx) => {
      const userId = await this.users.create(tx, {
        email: dto.email,
        passwordHash,
        displayName: dto.displayName,
        role: dto.role,
        locale: dto.locale ?? DEFAULT_LOCALE,
        timeZone: dto.timeZone ?? 'UTC',
      });
      await this.events.publish(tx, 'user.registered', { userId, role: dto.role });
      return { user: await this.users.get(userId, tx), next: await this.insertRefresh(tx, userId, randomUUID(), client) };
    });
    return this.issue(user, next);
  }

  async login(dto: LoginDto, client: ClientInfo): Promise<IssuedSession> {
    const attempt = await this.limiter.admit(dto.email, client.ip);
    const account = await this.users.findForLogin(dto.email);
    const ok = account ? await passwordHasher.verify(account.passwordHash, dto.password) : await passwordHasher.verifyAgainstNothing(dto.password);
    if (!account || !ok) {
      await attempt.failed();
      throw new AppError('auth.bad_credentials');
    }
    await attempt.succeeded();
    const { passwordHash: _hash, ...user } = account;
    return this.issue(user, await this.insertRefresh(this.db, user.id, randomUUID(), client));
  }

  /**
   * Rotates a refresh token. A token rotated moments ago (within REFRESH_REUSE_GRACE_SECONDS) gets a sibling in the
   * same family instead: tabs refreshing together are not a replay. Later, presenting it revokes the whole family.
   */
  async refresh(presented: string | undefined, client: ClientInfo): Promise<IssuedSession> {
    const parsed = presented ? TokenService.parseRefresh(presented) : null;
    if (!parsed) {
      throw new AppError('auth.refresh_invalid');
    }
    const outcome = await this.db.transaction(async (tx): Promise<RefreshOutcome> => {
      const row = await sqlRow(
        tx,
        refreshRow.extend({ in_grace: col.bool }),
        `SELECT ${REFRESH_COLUMNS}, coalesce(rotated_at > clock_timestamp() - make_interval(secs => $2), false) AS in_grace
           FROM refresh_tokens WHERE id = $1 FOR UPDATE`,
        [parsed.id, this.config.REFRESH_REUSE_GRACE_SECONDS],
      );
      if (!row || row.token_hash !== TokenService.hash(parsed.secret)) {
        return { error: 'refresh token is not recognised' };
      }
      if (row.revoked_at) {
        return { error: 'session has ended; sign in again' };
      }
      if (row.rotated_at && !row.in_grace) {
        await this.revokeFamily(tx, { userId: row.user_id, sessionId: row.family_id });
        this.logger.warn(`Refresh token reuse detected; family ${row.family_id} revoked`);
        return { error: 'refresh token was already used; every session from that sign-in has been ended', ended: row.family_id };
      }
      if (row.expires_at.getTime() <= Date.now()) {
        return { error: 'session has expired; sign in again' };
      }
      if (!row.rotated_at) {
        await sqlExec(tx, 'UPDATE refresh_tokens SET rotated_at = now() WHERE id = $1', [row.id]);
      }
      return { user: await this.users.get(row.user_id, tx), next: await this.insertRefresh(tx, row.user_id, row.family_id, client) };
    });
    if ('error' in outcome) {
      if (outcome.ended) {
        await this.revoked.revoke(outcome.ended);
      }
      throw new AppError('auth.refresh_invalid', {}, undefined, outcome.error);
    }
    return this.issue(outcome.user, outcome.next);
  }

  /** Ends the sign-in the refresh token (or the access token's session) belongs to. */
  async logout(caller: AuthUser | undefined, presented: string | undefined): Promise<void> {
    const parsed = presented ? TokenService.parseRefresh(presented) : null;
    let session = caller ? { userId: caller.id, sessionId: caller.sessionId } : undefined;
    if (!session && parsed) {
      const row = await sqlRow(this.db, refreshRow, `SELECT ${REFRESH_COLUMNS} FROM refresh_tokens WHERE id = $1`, [parsed.id]);
      if (row && row.token_hash === TokenService.hash(parsed.secret)) {
        session = { userId: row.user_id, sessionId: row.family_id };
      }
    }
    if (session) {
      const ended = session;
      await this.db.transaction((tx) => this.revokeFamily(tx, ended));
      // Refused from the next request on; the `session.ended` event then closes its sockets.
      await this.revoked.revoke(ended.sessionId);
    }
  }

  private async revokeFamily(tx: Queryable, session: { userId: string; sessionId: string }): Promise<void> {
    await sqlExec(tx, 'UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [session.sessionId]);
    await this.events.publish(tx, 'session.ended', session);
  }

  private async insertRefresh(runner: Queryable, userId: string, familyId: string, client: ClientInfo): Promise<IssuedRefresh> {
    const id = randomUUID();
    const { secret, hash } = this.tokens.newRefreshSecret();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await sqlExec(
      runner,
      'INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, expires_at, user_agent) VALUES ($1, $2, $3, $4, $5, $6)',
      [id, userId, familyId, hash, expiresAt, client.userAgent?.slice(0, 300) ?? null],
    );
    return { token: `${id}.${secret}`, familyId, expiresAt };
  }

  private async issue(user: UserView, refresh: IssuedRefresh): Promise<IssuedSession> {
    const accessToken = await this.tokens.signAccess({ id: user.id, role: user.role, sessionId: refresh.familyId });
    return {
      accessToken,
      expiresIn: this.tokens.accessTtlSeconds,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
      user,
    };
  }
}
