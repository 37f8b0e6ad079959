import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';
import { createRedis } from '../common/redis/redis.module';
import { originAllowed } from './origin-policy';

export interface RealtimeAdapterOptions {
  redisUrl?: string;
  redisPrefix: string;
  allowedOrigins: readonly string[];
}

/** socket.io server options shared by every gateway; fans out through Redis when clustered. */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly options: RealtimeAdapterOptions,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      // 4,000 characters of UTF-8 (up to 16 kB) plus the envelope.
      maxHttpBufferSize: 64 * 1024,
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => callback(null, originAllowed(req, this.options.allowedOrigins)),
      cors: { origin: [...this.options.allowedOrigins], credentials: true },
    });
    if (this.options.redisUrl) {
      const pub = createRedis(this.options.redisUrl, 'torchbridge-io-pub');
      const sub = pub.duplicate();
      this.clients.push(pub, sub);
      server.adapter(createAdapter(pub, sub, { key: `${this.options.redisPrefix}io` }));
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
