import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  OnModuleInit,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LOCALE, UserView } from '@torchbridge/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, LessThan, Repository } from 'typeorm';
import { conflictingField, isUniqueViolation } from '../../common/http/field-errors';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { AuthUser } from '../../common/http/auth-user';
import { DomainEvents } from '../../common/events/domain-events';
import { JOB_QUEUE, JobQueue } from '../../common/jobs/job-queue';
import { RATE_LIMIT_STORE, RateLimitStore } from '../../common/rate-limit/rate-limit.store';
import { LoginDto, RegisterDto } from './dto/auth.dto';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { passwordHasher } from './password-hasher';
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

type RefreshOutcome =
  | { user: UserEntity; next: IssuedRefresh }
  | { error: string; ended?: { userId: string; sessionId: string } };

const PURGE_JOB = 'auth.purge-expired-refresh-tokens';

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    timeZone: user.timeZone,
    createdAt: user.createdAt.toISOString(),
  };
}

@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RATE_LIMIT_STORE) private readonly limits: RateLimitStore,
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    private readonly tokens: TokenService,
    private readonly events: DomainEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(PURGE_JOB, async () => {
      const result = await this.db.getRepository(RefreshTokenEntity).delete({ expiresAt: LessThan(new Date()) });
      this.logger.log(`Purged ${result.affected ?? 0} expired refresh tokens`);
    });
    await this.jobs.enqueue(PURGE_JOB, {}, { jobId: PURGE_JOB, everyMs: 6 * 60 * 60 * 1000 });
  }

  async register(dto: RegisterDto, client: ClientInfo): Promise<IssuedSession> {
    const passwordHash = await passwordHasher.hash(dto.password);
    try {
      const user = await this.db.getRepository(UserEntity).save({
        email: dto.email,
        passwordHash,
        displayName: dto.displayName,
        role: dto.role,
        locale: dto.locale ?? DEFAULT_LOCALE,
        timeZone: dto.timeZone ?? 'UTC',
        phone: null,
      });
      return this.startSession(user, client);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflictingField('email', 'email is already registered');
      }
      throw error;
    }
  }

  async login(dto: LoginDto, client: ClientInfo): Promise<IssuedSession> {
    const window = this.config.LOGIN_RATE_WINDOW_SECONDS;
    const perIp = await this.limits.hit(`login:ip:${client.ip}`, this.config.LOGIN_RATE_PER_IP, window);
    const perAccount = await this.limits.hit(`login:acct:${dto.email}`, this.config.LOGIN_RATE_PER_ACCOUNT, window);
    const blocked = [perIp, perAccount].find((r) => !r.allowed);
    if (blocked) {
      throw new HttpException(
        {
          message: `Too many sign-in attempts; try again in ${blocked.retryAfterSeconds} seconds`,
          retryAfterSeconds: blocked.retryAfterSeconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: dto.email })
      .getOne();
    const ok = user ? await passwordHasher.verify(user.passwordHash, dto.password) : await passwordHasher.verifyAgainstNothing(dto.password);
    if (!user || !ok) {
      throw new UnauthorizedException('email or password is incorrect');
    }
    await this.limits.reset(`login:acct:${dto.email}`);
    return this.startSession(user, client);
  }

  /** Rotates a refresh token. Presenting an already-rotated token revokes its whole family. */
  async refresh(presented: string | undefined, client: ClientInfo): Promise<IssuedSession> {
    const parsed = presented ? TokenService.parseRefresh(presented) : null;
    if (!parsed) {
      throw new UnauthorizedException('refresh token is missing or malformed');
    }
    const outcome = await this.db.transaction(async (tx): Promise<RefreshOutcome> => {
      const repo = tx.getRepository(RefreshTokenEntity);
      const row = await repo
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: parsed.id })
        .getOne();
      if (!row || row.tokenHash !== TokenService.hash(parsed.secret)) {
        return { error: 'refresh token is not recognised' };
      }
      if (row.revokedAt) {
        return { error: 'session has ended; sign in again' };
      }
      if (row.rotatedAt) {
        await repo.update({ familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        await this.events.publish(tx, 'session.ended', { userId: row.userId, sessionId: row.familyId });
        this.logger.warn(`Refresh token reuse detected; family ${row.familyId} revoked`);
        return {
          error: 'refresh token was already used; every session from that sign-in has been ended',
          ended: { userId: row.userId, sessionId: row.familyId },
        };
      }
      if (row.expiresAt.getTime() <= Date.now()) {
        return { error: 'session has expired; sign in again' };
      }
      await repo.update({ id: row.id }, { rotatedAt: new Date() });
      const user = await tx.getRepository(UserEntity).findOneByOrFail({ id: row.userId });
      const next = await this.insertRefresh(tx.getRepository(RefreshTokenEntity), user.id, row.familyId, client);
      return { user, next };
    });
    if ('error' in outcome) {
      throw new UnauthorizedException(outcome.error);
    }
    return this.issue(outcome.user, outcome.next);
  }

  /** Ends the sign-in the refresh token (or the access token's session) belongs to. */
  async logout(caller: AuthUser | undefined, presented: string | undefined): Promise<void> {
    const parsed = presented ? TokenService.parseRefresh(presented) : null;
    const repo = this.db.getRepository(RefreshTokenEntity);
    let session = caller ? { userId: caller.id, sessionId: caller.sessionId } : undefined;
    if (!session && parsed) {
      const row = await repo.findOneBy({ id: parsed.id });
      if (row && row.tokenHash === TokenService.hash(parsed.secret)) {
        session = { userId: row.userId, sessionId: row.familyId };
      }
    }
    if (session) {
      const ended = session;
      await this.db.transaction(async (tx) => {
        await tx.getRepository(RefreshTokenEntity).update({ familyId: ended.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
        await this.events.publish(tx, 'session.ended', ended);
      });
    }
  }

  private async startSession(user: UserEntity, client: ClientInfo): Promise<IssuedSession> {
    const next = await this.insertRefresh(this.db.getRepository(RefreshTokenEntity), user.id, randomUUID(), client);
    return this.issue(user, next);
  }

  private async insertRefresh(
    repo: Repository<RefreshTokenEntity>,
    userId: string,
    familyId: string,
    client: ClientInfo,
  ): Promise<IssuedRefresh> {
    const id = randomUUID();
    const { secret, hash } = this.tokens.newRefreshSecret();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await repo.save({
      id,
      userId,
      familyId,
      tokenHash: hash,
      expiresAt,
      rotatedAt: null,
      revokedAt: null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token: `${id}.${secret}`, familyId, expiresAt };
  }

  private async issue(user: UserEntity, refresh: IssuedRefresh): Promise<IssuedSession> {
    const accessToken = await this.tokens.signAccess({ id: user.id, role: user.role, sessionId: refresh.familyId });
    return {
      accessToken,
      expiresIn: this.tokens.accessTtlSeconds,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
      user: toUserView(user),
    };
  }
}
