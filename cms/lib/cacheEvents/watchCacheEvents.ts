import type { Payload } from 'payload';
import { databaseKind, type MongoChangeStream, mongoModel, sqliteClient, sqliteTable } from '../db/databaseKind';
import { CACHE_EVENTS } from './publishCacheEvent';

export interface CacheEventWatch {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** How often to look for new invalidations (default 500 ms; the promise is "within 2 s"). */
  pollMs?: number;
  onError?: (error: unknown) => void;
  /** Told how the watch works, for the start-up log. */
  onMode?: (mode: 'poll' | 'change-stream') => void;
}

// MongoDB fallback polling reads this far back on every poll: ObjectIds and createdAt of
// different hosts are not strictly ordered, so an event may appear "in the past".
const MONGO_OVERLAP_MS = 5_000;
// With transactions (replica sets), an event can be seen before the edit's commit; applying it
// again a moment later drops a page that was re-rendered from the old data in between.
const MONGO_REAPPLY_MS = 1_500;

/**
 * Calls `apply(tags)` for every invalidation any process writes from now on (its own included,
 * which repeats a local invalidation after the write is committed; harmless).
 *
 * - SQLite: polls `id > last seen` every `pollMs`; ids are assigned in commit order, so nothing
 *   is skipped. One indexed read of nothing, most of the time.
 * - MongoDB: a change stream (replica sets, e.g. Atlas). On a standalone server, where change
 *   streams do not exist, it polls with an overlapping time window and remembers what it applied.
 */
export function watchCacheEvents(payload: Payload, apply: (tags: string[]) => void, options: WatchOptions = {}): CacheEventWatch {
  const pollMs = options.pollMs ?? 500;
  const onError = options.onError ?? (() => undefined);
  const split = (value: unknown) => String(value ?? '').split(',').filter(Boolean);
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let running: Promise<void> = Promise.resolve();

  const every = (step: () => Promise<void>) => {
    const tick = () => {
      if (closed) return;
      running = step()
        .catch(onError)
        .finally(() => {
          if (!closed) timer = setTimeout(tick, pollMs);
        });
    };
    tick();
  };

  if (databaseKind(payload) === 'sqlite') {
    const client = sqliteClient(payload);
    const table = sqliteTable(payload, CACHE_EVENTS);
    let last: number | null = null;
    options.onMode?.('poll');
    every(async () => {
      if (last === null) {
        // Start after what exists: this process's caches are empty anyway.
        const { rows } = await client.execute(`SELECT COALESCE(MAX(id), 0) AS id FROM "${table}"`);
        last = Number(rows[0]?.id ?? 0);
        return;
      }
      const { rows } = await client.execute({ sql: `SELECT id, tags FROM "${table}" WHERE id > ? ORDER BY id LIMIT 500`, args: [last] });
      for (const row of rows) {
        last = Number(row.id);
        apply(split(row.tags));
      }
    });
    return {
      async close() {
        closed = true;
        if (timer) clearTimeout(timer);
        await running;
      },
    };
  }

  const model = mongoModel(payload, CACHE_EVENTS);
  const reapply: NodeJS.Timeout[] = [];
  const applyTwice = (tags: string[]) => {
    apply(tags);
    const again = setTimeout(() => !closed && apply(tags), MONGO_REAPPLY_MS);
    again.unref();
    reapply.push(again);
    if (reapply.length > 100) reapply.shift();
  };
  let stream: MongoChangeStream | null = null;
  const poll = () => {
    options.onMode?.('poll');
    const seen = new Map<string, number>();
    let since = Date.now();
    every(async () => {
      const now = Date.now();
      const docs = await model.find({ createdAt: { $gte: new Date(since - MONGO_OVERLAP_MS) } }, { tags: 1, createdAt: 1 }, { sort: { createdAt: 1 } }).lean();
      for (const doc of docs) {
        const id = String(doc._id);
        if (seen.has(id)) continue;
        seen.set(id, now);
        applyTwice(split(doc.tags));
      }
      for (const [id, at] of seen) if (now - at > 4 * MONGO_OVERLAP_MS) seen.delete(id);
      since = now;
    });
  };
  try {
    stream = model.collection.watch([{ $match: { operationType: 'insert' } }]);
    let working = false;
    stream.on('change', (change) => {
      working = true;
      applyTwice(split(change.fullDocument?.tags));
    });
    stream.on('error', (error) => {
      stream?.close().catch(() => undefined);
      stream = null;
      // No change streams on a standalone server: poll instead. Other errors: report, then poll.
      if (working) onError(error);
      if (!closed) poll();
    });
    options.onMode?.('change-stream');
  } catch (error) {
    onError(error);
    poll();
  }
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const again of reapply) clearTimeout(again);
      await stream?.close().catch(() => undefined);
      await running;
    },
  };
}
