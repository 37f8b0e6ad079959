import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@torchbridge/contracts';
import type { Request } from 'express';
import { PUBLIC_KEY, ROLES_KEY } from '../../common/decorators/access.decorators';
import { AppError } from '../../common/errors/app-error';
import type { AuthUser } from '../../common/http/auth-user';
import { InvalidTokenError, TokenService } from './token.service';

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) {
    return undefined;
  }
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

/**
 * Default deny: a route is reachable only if it is @Public() or declares @Roles(...).
 * Registered globally, so a new controller is closed until someone opens it on purpose.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true;
    }
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = bearer(req);

    if (isPublic) {
      if (token) {
        req.user = await this.tokens.verifyAccess(token).catch(() => undefined);
      }
      return true;
    }
    if (!roles || roles.length === 0) {
      throw new AppError('access.forbidden', {}, undefined, 'This route declares no roles and is closed');
    }
    if (!token) {
      throw new AppError('auth.unauthenticated', {}, undefined, 'Sign in first: missing bearer token');
    }
    try {
      const user = await this.tokens.verifyAccess(token);
      req.user = { id: user.id, role: user.role, sessionId: user.sessionId };
    } catch (error) {
      throw new AppError('auth.unauthenticated', {}, undefined, error instanceof InvalidTokenError ? error.message : 'Access token is invalid');
    }
    if (!roles.includes(req.user.role)) {
      throw new AppError('access.role_required', { roles: roles.join(', ') });
    }
    return true;
  }
}
