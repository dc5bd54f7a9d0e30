import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { ServiceContext } from '../services/service-context.js';
import { buildApp } from './build-app.js';

export type RunningServer = { app: FastifyInstance; url: string; close(): Promise<void> };

/** Builds the app and listens; `close` stops accepting requests and lets running ones finish. */
export async function startServer(options: { ctx: ServiceContext; config: Config; port?: number }): Promise<RunningServer> {
  const app = await buildApp({ ctx: options.ctx, config: options.config, logger: { level: options.config.logLevel } });
  const address = await app.listen({ port: options.port ?? options.config.port, host: options.config.host });
  const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
  return { app, url, close: () => app.close() };
}
