import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import { useJsonBodies } from './common/http/body-policy';
import { createValidationPipe } from './common/http/validation';
import { createLogger, httpLogger, PinoNestLogger } from './common/logging/logging';
import { securityHeaders } from './common/security/security-headers';
import { AppConfig } from './config/app-config';
import { RealtimeIoAdapter } from './realtime/realtime-io.adapter';
import { migrateWithLock } from './database/migrate';
import { DataSource } from 'typeorm';

export interface CreateAppOptions {
  migrationsRun?: boolean;
  /** Keep Nest's own console logger quiet (tests). */
  quiet?: boolean;
}

export function allowedOrigins(config: AppConfig): string[] {
  const origins = [...config.CORS_ORIGINS];
  if (config.PUBLIC_URL) {
    origins.push(new URL(config.PUBLIC_URL).origin);
  }
  return origins;
}

/** Builds the HTTP + socket.io application exactly as production runs it; tests use the same path. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
    abortOnError: false,
  });
  const logger = createLogger(config);
  app.useLogger(new PinoNestLogger(logger));
  app.use(httpLogger(logger));
  if (config.TRUST_PROXY) {
    app.set('trust proxy', 1);
  }
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  useJsonBodies(app, config.BODY_LIMIT);
  app.setGlobalPrefix('api');
  app.enableCors({ origin: allowedOrigins(config), credentials: true });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, { redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX, allowedOrigins: allowedOrigins(config) }));
  app.enableShutdownHooks();
  if (options.migrationsRun !== false) {
    await migrateWithLock(app.get(DataSource));
  }

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Torchbridge API')
      .setDescription('Mentor matching, chat, booking and brokerage events for Torch Programme incubators')
      .setVersion(config.APP_VERSION)
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.WEB_DIST_DIR) {
    serveWeb(app, resolve(config.WEB_DIST_DIR));
  }
  return app;
}

/** Serves the built React app from the same origin, with client-side routes falling back to index.html. */
function serveWeb(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`WEB_DIST_DIR has no index.html: ${dir}`);
  }
  app.use(express.static(dir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/socket.io')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
