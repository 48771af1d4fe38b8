import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLErrorFilter, createValidationPipe } from '@bridgeway/api-common';
import { requestRecordMiddleware } from '@bridgeway/api-observability';
import { requestScopeMiddleware } from '@bridgeway/api-tenancy';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { ApiConfig } from './config.js';
import type { OrmConfigOptions } from '@bridgeway/api-database';

/** Serves the built web client, falling back to index.html for client-side routes. */
function serveWeb(app: NestExpressApplication, webDir: string): void {
  app.useStaticAssets(webDir, { index: false, maxAge: '1h' });
  const index = path.join(webDir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/api/') || req.path === '/metrics' || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Builds the Nest application (used by main.ts and by the API tests; tests may add probe modules). */
export async function createApp(config: ApiConfig, databaseUrl: string, orm: Partial<OrmConfigOptions> = {}, extraModules: Type[] = []): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, orm, extraModules), {
    // Until pino takes over (below), start-up messages wait rather than go out unstructured.
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.use(requestScopeMiddleware);
  app.use(requestRecordMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter());
  app.enableShutdownHooks();
  if (config.webDir && existsSync(path.join(config.webDir, 'index.html'))) serveWeb(app, config.webDir);
  return app;
}
