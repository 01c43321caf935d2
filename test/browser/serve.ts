/** A real server on a free loopback port for the browser tests, and Chromium when there is one. */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { createServer, type ServerOptions } from '../../src/server/app.ts';
import { CHROMIUM, launch } from './screenshot.ts';

/** A listening server, its origin, and a browser (undefined without Chromium: the tests skip). */
export interface BrowserRig {
  readonly app: FastifyInstance;
  readonly origin: string;
  readonly browser: Browser | undefined;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/** Starts a server with `opts` (no rate limit: a test's pages must not be refused) and a browser. */
export async function browserRig(opts: ServerOptions = {}): Promise<BrowserRig> {
  const app = await createServer({ rateLimit: false, ...opts });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = existsSync(CHROMIUM) ? await launch() : undefined;
  return {
    app,
    origin,
    browser,
    async close() {
      await browser?.close();
      await app.close();
    },
  };
}
