import { EventEmitter } from 'node:events';
import type { Payload } from 'payload';
import { CACHE_EVENTS, publishCacheEvent } from './cacheEvents/publishCacheEvent';
import { watchCacheEvents } from './cacheEvents/watchCacheEvents';

/**
 * Payload hooks announce which cached pages went stale; the HTML cache and the analytics
 * registry listen. Two reaches:
 * - this process: an in-memory emitter, at once;
 * - every other process on the database: the invalidation is written to `cache-events`
 *   (after the hook returns, so it lands after the edit's own write) and each server process
 *   applies what others wrote within about a second (`connectCacheBus`).
 *
 * Kept on globalThis because the admin (Next) bundle and the server load separate copies of
 * this module, while they share one Payload instance.
 */
interface CacheBus {
  emitter: EventEmitter;
  /** The database to publish to when a caller passes none (set by connectCacheBus). */
  payload?: Payload;
  onError?: (error: unknown) => void;
}

const key = Symbol.for('stopitnow.cacheBus');
const holder = globalThis as unknown as Record<symbol, CacheBus | undefined>;
const bus: CacheBus = holder[key] ?? { emitter: new EventEmitter() };
holder[key] = bus;
bus.emitter.setMaxListeners(50);

// Tags announced in the same tick go out as one row.
const pending = new Map<Payload, Set<string>>();

function queuePublish(payload: Payload, tags: string[]): void {
  if (!payload.collections?.[CACHE_EVENTS as never]) return;
  let batch = pending.get(payload);
  if (!batch) {
    batch = new Set();
    pending.set(payload, batch);
    setImmediate(() => {
      pending.delete(payload);
      const all = [...(batch as Set<string>)];
      publishCacheEvent(payload, all).catch((error: unknown) => {
        // Once more a little later (the database may be busy); the caches' lifetime is the last resort.
        setTimeout(() => void publishCacheEvent(payload, all).catch((again: unknown) => bus.onError?.(again)), 1_000).unref();
        bus.onError?.(error);
      });
    });
  }
  for (const tag of tags) batch.add(tag);
}

/**
 * Cache tags: `page:<path>`, `module:<slug>`, `modules` (lists), `groups` (group pages and
 * seat counts), `sources` (campaign sources), `global`. Pass the hook's `req.payload` so other
 * processes hear of it too.
 */
export function invalidateCache(tags: string[], payload?: Payload): void {
  if (!tags.length) return;
  bus.emitter.emit('invalidate', tags);
  const target = payload ?? bus.payload;
  if (target) queuePublish(target, tags);
}

/** Subscribe to invalidations from this process and, once connected, from all others. */
export function onCacheInvalidate(listener: (tags: string[]) => void): () => void {
  bus.emitter.on('invalidate', listener);
  return () => bus.emitter.off('invalidate', listener);
}

/**
 * Joins this process to the database-wide bus: invalidations written by any process are
 * emitted here. Call once per server process; returns a function that leaves it.
 */
export function connectCacheBus(
  payload: Payload,
  options: { pollMs?: number; onError?: (error: unknown) => void; onMode?: (mode: 'poll' | 'change-stream') => void } = {},
): { close(): Promise<void> } {
  bus.payload = payload;
  bus.onError = options.onError;
  const watch = watchCacheEvents(payload, (tags) => tags.length && bus.emitter.emit('invalidate', tags), options);
  return {
    async close() {
      await watch.close();
      if (bus.payload === payload) bus.payload = undefined;
    },
  };
}
