import { EventEmitter } from 'node:events';

/**
 * Payload hooks announce which cached pages went stale; the server's HTML cache listens.
 * Kept on globalThis because the admin (Next) bundle and the server load separate copies
 * of this module, while they share one Payload instance.
 */
interface CacheBus {
  emitter: EventEmitter;
}

const key = Symbol.for('stopitnow.cacheBus');
const holder = globalThis as unknown as Record<symbol, CacheBus | undefined>;
const bus: CacheBus = holder[key] ?? { emitter: new EventEmitter() };
holder[key] = bus;

/** Cache tags: `page:<path>`, `module:<slug>`, `modules` (lists), `groups`, `global`. */
export function invalidateCache(tags: string[]): void {
  if (tags.length) bus.emitter.emit('invalidate', tags);
}

/** Subscribe to invalidations; returns an unsubscribe function. */
export function onCacheInvalidate(listener: (tags: string[]) => void): () => void {
  bus.emitter.on('invalidate', listener);
  return () => bus.emitter.off('invalidate', listener);
}
