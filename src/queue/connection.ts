/**
 * Redis connections for the queue. Two kinds: a short-lived command (enqueue, queue status) fails fast
 * with a one-line error when Redis is not there; a worker keeps retrying for ever, because a Redis
 * restart during a long run must not stop it (BullMQ requires `maxRetriesPerRequest: null` for that).
 */
import { Redis } from 'ioredis';
import { HearsayError } from '../errors.ts';

/** Checks a `--redis` value is a Redis URL; throws HS_BAD_REDIS_URL otherwise. */
export function checkRedisUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new HearsayError('HS_BAD_REDIS_URL', url);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new HearsayError('HS_BAD_REDIS_URL', url);
  return url;
}

/** The URL without its password, for logs and error messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return url;
  }
}

/** How long a command waits for Redis before it gives up. */
export const CONNECT_TIMEOUT_MS = 5000;

/** The longest pause between a worker's reconnection attempts. */
export const MAX_RECONNECT_DELAY_MS = 2000;

/** Opens a connection for a short command; rejects with HS_REDIS_UNREACHABLE if Redis does not answer. */
export async function connectCommand(url: string): Promise<Redis> {
  checkRedisUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // a few quick attempts, then give up: a CLI user wants an answer, not a hang
    retryStrategy: (times) => (times > 3 ? null : 200 * times),
    maxRetriesPerRequest: 1,
  });
  client.on('error', () => {
    // reported through the rejected connect() or command below, once
  });
  try {
    await client.connect();
    await client.ping();
  } catch {
    client.disconnect();
    throw new HearsayError('HS_REDIS_UNREACHABLE', redactUrl(url));
  }
  return client;
}

/** Opens a worker's connection: it retries for ever with a capped delay, so a Redis restart only pauses
 * the worker; errors go to `onError` (one log line each) instead of crashing it. The first connection
 * must succeed, so a worker started against a wrong URL says so at once. */
export async function connectWorker(url: string, onError: (e: Error) => void): Promise<Redis> {
  checkRedisUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(100 * times, MAX_RECONNECT_DELAY_MS),
  });
  client.on('error', onError);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_r, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), CONNECT_TIMEOUT_MS);
      }),
    ]);
  } catch {
    client.disconnect();
    throw new HearsayError('HS_REDIS_UNREACHABLE', redactUrl(url));
  } finally {
    clearTimeout(timer);
  }
  return client;
}
