import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { ROLES, Role } from '@torchbridge/contracts';
import type { AuthUser } from '../http/auth-user';

export const PUBLIC_KEY = 'torchbridge:public';
export const ROLES_KEY = 'torchbridge:roles';

/** The route needs no login. Every other route must declare its roles (default deny). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in person, whatever their role. */
export const AnyRole = () => SetMetadata(ROLES_KEY, [...ROLES]);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const request = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  if (!request.user) {
    throw new Error('CurrentUser used on a route without authentication');
  }
  return request.user;
});
