import fs from 'node:fs/promises';
import type { RequestHandler } from 'express';
import type { Payload } from 'payload';
import type { RuntimeConfig } from '../cms/lib/runtimeConfig';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * SQLite keeps its file open, so queries can succeed on a file that can no longer be opened,
 * read or written (moved, permissions removed, overwritten). Check the file itself too.
 * Mode bits are checked explicitly because root ignores them in access(2).
 */
async function assertSqliteFileUsable(file: string): Promise<void> {
  const stat = await fs.stat(file);
  if ((stat.mode & 0o600) !== 0o600) throw new Error('database file is not readable and writable');
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    if (bytesRead < 16 || buffer.toString('latin1') !== SQLITE_MAGIC) throw new Error('not a SQLite file');
  } finally {
    await handle.close();
  }
}

/** GET /healthz: 200 when the database answers a real query, 503 when it does not. */
export function healthz(payload: Payload, config: RuntimeConfig): RequestHandler {
  return async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      if (config.database.kind === 'sqlite') await assertSqliteFileUsable(config.database.file);
      await payload.count({ collection: 'users', overrideAccess: true });
      res.status(200).json({ status: 'ok', database: config.database.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: config.database.kind });
    }
  };
}
