import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { Role } from '@torchbridge/contracts';
import { PUBLIC_KEY, ROLES_KEY } from '../src/common/decorators/access.decorators';

export interface RouteInfo {
  method: string;
  /** Express-style path with the global prefix, e.g. /api/me */
  path: string;
  isPublic: boolean;
  roles: Role[] | undefined;
}

function join(...parts: string[]): string {
  return `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;
}

/** Every HTTP route the application registers, read from Nest's own metadata. */
export function listRoutes(app: INestApplication, prefix = 'api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) {
        continue;
      }
      const base: string | string[] = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') {
          continue;
        }
        const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (path === undefined || method === undefined) {
          continue;
        }
        const pick = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
        routes.push({
          method: RequestMethod[method].toLowerCase(),
          path: join(prefix, Array.isArray(base) ? (base[0] ?? '') : base, path),
          isPublic: pick<boolean>(PUBLIC_KEY) === true,
          roles: pick<Role[]>(ROLES_KEY),
        });
      }
    }
  }
  return routes;
}
