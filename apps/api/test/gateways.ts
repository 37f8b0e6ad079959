import { ModulesContainer } from '@nestjs/core';
import {
  GATEWAY_METADATA,
  MESSAGE_MAPPING_METADATA,
  MESSAGE_METADATA,
} from '@nestjs/websockets/constants';
import { z } from 'zod';
import type { TestApp } from './test-app';

export interface SocketEvent {
  event: string;
  /** The zod schema of its payload, when its DTO has one. */
  schema: z.ZodType | undefined;
}

/** Every socket event a gateway of the running application subscribes to. */
export function socketEvents(t: TestApp): SocketEvent[] {
  const found: SocketEvent[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const gateway = wrapper.metatype as
        | (new (...args: never[]) => unknown)
        | null;
      if (
        !gateway ||
        typeof gateway !== 'function' ||
        !Reflect.getMetadata(GATEWAY_METADATA, gateway)
      ) {
        continue;
      }
      const proto = gateway.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (
          typeof handler !== 'function' ||
          !Reflect.getMetadata(MESSAGE_MAPPING_METADATA, handler)
        ) {
          continue;
        }
        const types = (Reflect.getMetadata('design:paramtypes', proto, name) ??
          []) as { schema?: unknown }[];
        const schema = types
          .map((type) => type?.schema)
          .find((s): s is z.ZodType => s instanceof z.ZodType);
        found.push({
          event: String(Reflect.getMetadata(MESSAGE_METADATA, handler)),
          schema,
        });
      }
    }
  }
  return found;
}
