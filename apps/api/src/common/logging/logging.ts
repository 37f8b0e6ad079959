import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { IncomingMessage } from 'node:http';
import pino, { Logger as Pino } from 'pino';
import { HttpLogger, pinoHttp } from 'pino-http';
import type { AppConfig } from '../../config/app-config';

/** One JSON logger per process; secrets never reach it. */
export function createLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_PRETTY'>, destination?: pino.DestinationStream): Pino {
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    base: { pid: process.pid, hostname: hostname(), service: 'torchbridge-api' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.refreshToken', '*.accessToken'],
      censor: '[redacted]',
    },
    ...(config.LOG_PRETTY && !destination ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The access log: one line per HTTP request with its request id (`x-request-id` if sane, else a UUID).
 * It deliberately carries no AsyncLocalStorage context into service logs: on Node 20 one AsyncLocalStorage.run
 * turns on promise hooks for the whole process, which taxed every promise of the socket hot path (measured on
 * the chat benchmark); service logs name their context instead.
 */
export function httpLogger(logger: Pino): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
  });
}

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/** Nest's LoggerService over pino: `logger.warn('text', 'Context')` → `{ level: 40, context: 'Context', msg: 'text' }`. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Pino) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    // Nest passes (message, stack, context) for errors it caught.
    if (rest.length === 2 && (typeof rest[0] === 'string' || rest[0] === undefined) && typeof rest[1] === 'string') {
      this.logger.error({ context: rest[1], ...(rest[0] ? { stack: rest[0] } : {}) }, message instanceof Error ? message.message : String(message));
      return;
    }
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, ...message });
    } else {
      this.logger[level]({ context }, String(message));
    }
  }
}
