import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import type { IncomingMessage } from 'node:http';
import { isObservable, type Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
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
  private readonly logger = new Logger('RealtimeIoAdapter');

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
      const pub = createRedis(this.options.redisUrl, 'torchbridge-io-pub', { autoPipelining: true });
      // The adapter publishes without awaiting; while the instance shuts down, publishes still queued fail with
      // "Connection is closed" and, unhandled, would crash the process on its way out.
      const publish = pub.publish.bind(pub) as (channel: string, message: string | Buffer) => Promise<number>;
      pub.publish = ((channel: string, message: string | Buffer) => {
        const sent = publish(channel, message);
        sent.catch((error: Error) => this.logger.warn(`Redis publish dropped: ${error.message}`));
        return sent;
      }) as typeof pub.publish;
      const sub = createRedis(this.options.redisUrl, 'torchbridge-io-sub');
      this.clients.push(pub, sub);
      server.adapter(createAdapter(pub, sub, { key: `${this.options.redisPrefix}io` }));
    }
    return server;
  }

  /**
   * Binds each @SubscribeMessage handler straight to the socket's event. Nest's default wraps every event of every
   * socket in an RxJS pipeline (fromEvent → mergeMap → takeUntil); measured under chat load, that pipeline was one
   * of the largest sources of garbage per message. The handler Nest gives us already applies the gateway's guards,
   * pipes, interceptors and exception filters, so behaviour is the same: a result (or each value of an Observable)
   * is sent as the acknowledgement, or emitted when it has the `{ event, data }` shape.
   */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[]): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      const fail = (error: unknown) =>
        this.logger.error(`Handler for ${String(message)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length > 1 ? args : args[0]);
        const reply = (response: unknown) => {
          if (response === null || response === undefined || socket.disconnected) {
            return;
          }
          const event = (response as { event?: unknown }).event;
          if (typeof event === 'string') {
            socket.emit(event, (response as { data?: unknown }).data);
          } else if (!isAckHandledManually && typeof ack === 'function') {
            (ack as (value: unknown) => void)(response);
          }
        };
        // A handler answers with a value, a Promise of one, or an Observable (possibly inside the Promise).
        const settle = (result: unknown) => {
          if (isObservable(result)) {
            (result as Observable<unknown>).subscribe({ next: reply, error: fail });
          } else {
            reply(result);
          }
        };
        try {
          Promise.resolve(callback(data, ack)).then(settle, fail);
        } catch (error) {
          fail(error);
        }
      });
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.clients.map((c) => c.quit().catch(() => c.disconnect())));
  }
}
