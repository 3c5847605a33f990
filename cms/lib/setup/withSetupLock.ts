import { createClient } from '@libsql/client';
import type { Payload } from 'payload';
import { databaseKind } from '../db/databaseKind';
import { claimLease, releaseLease, renewLease } from '../leases/claimLease';
import { processId } from '../processId';

const POLL_MS = 150;
const MONGO_LEASE_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

export interface SetupLockOptions {
  /** Told once when another process holds the lock and this one waits. */
  onWait?: () => void;
  /** Give up after this long (default 10 minutes: a migration on a big database can take a while). */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` (migrations, first seed) in one process at a time across every process on this
 * database; the others wait and then run it too, finding nothing left to do.
 *
 * - SQLite: a write lock (`BEGIN IMMEDIATE`) on a small side file next to the database. The
 *   operating system drops it when the holder dies, so a crash never leaves it stuck. It works
 *   before any table exists, which a lock inside the database could not.
 * - MongoDB: the lease `setup` (cms/lib/leases), renewed while the task runs; a crashed
 *   holder's lease expires after 30 s.
 */
export async function withSetupLock<T>(payload: Payload, sqliteFile: string | null, task: () => Promise<T>, options: SetupLockOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (databaseKind(payload) === 'sqlite') {
    if (!sqliteFile) throw new Error('withSetupLock needs the SQLite file on SQLite.');
    const lock = createClient({ url: `file:${sqliteFile}.setup-lock` });
    try {
      // Never block the event loop waiting inside SQLite: poll instead.
      await lock.execute('PRAGMA busy_timeout = 0');
      for (let waited = false; ; waited = true) {
        try {
          await lock.execute('BEGIN IMMEDIATE');
          break;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
          if (!waited) options.onWait?.();
          if (Date.now() > deadline) throw new Error('Timed out waiting for another process to finish setting up the database.');
          await sleep(POLL_MS);
        }
      }
      return await task();
    } finally {
      await lock.execute('ROLLBACK').catch(() => undefined);
      lock.close();
    }
  }

  const holder = processId();
  for (let waited = false; !(await claimLease(payload, 'setup', holder, MONGO_LEASE_MS)); waited = true) {
    if (!waited) options.onWait?.();
    if (Date.now() > deadline) throw new Error('Timed out waiting for another process to finish setting up the database.');
    await sleep(POLL_MS);
  }
  const renew = setInterval(() => void renewLease(payload, 'setup', holder, MONGO_LEASE_MS).catch(() => undefined), MONGO_LEASE_MS / 3);
  try {
    return await task();
  } finally {
    clearInterval(renew);
    await releaseLease(payload, 'setup', holder).catch(() => undefined);
  }
}
