import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { runtimeHash } from '../../scripts/sourceHash.mjs';

/**
 * Seeding the demo content takes about 6 s; the integration and HTTP suites need it in a dozen
 * files. `npm test` makes a template first (makeSeededTemplate.ts; otherwise the first file that
 * seeds through startTestPayload saves one), per source version and day (the seed dates groups
 * relative to today); files then start from a copy. Only for the embedded database, and only a
 * database straight after seeding (no job has run on it).
 */
function templateDir(): string {
  // The compiled server's inputs (cms/, seed/, server/…) decide the schema and the seed; plus the day.
  const hash = createHash('sha256').update(runtimeHash()).update(new Date().toISOString().slice(0, 10));
  return path.join(os.tmpdir(), `sin-test-template-${hash.digest('hex').slice(0, 16)}`);
}

let cached: string | null = null;
const dir = () => (cached ??= templateDir());

export function hasSeededTemplate(): boolean {
  return fs.existsSync(path.join(dir(), 'READY'));
}

/** Copies the seeded template into `dataDir` if there is one; says whether it did. */
export function copySeededTemplate(dataDir: string): boolean {
  if (process.env.MONGODB_URL || !fs.existsSync(path.join(dir(), 'READY'))) return false;
  fs.cpSync(dir(), dataDir, { recursive: true, filter: (source) => path.basename(source) !== 'READY' });
  return true;
}

/**
 * Saves `payload`'s database, just seeded, as the template (a consistent copy by VACUUM INTO,
 * with the key and secret files of its data directory). Does nothing when another file is
 * saving one at the same moment or one exists.
 */
export async function saveSeededTemplate(payload: Payload, dataDir: string, dbFile: string): Promise<void> {
  if (process.env.MONGODB_URL || fs.existsSync(path.join(dir(), 'READY'))) return;
  const making = `${dir()}.making-${process.pid}`;
  fs.rmSync(making, { recursive: true, force: true });
  fs.mkdirSync(making);
  const client = (payload.db as unknown as { client: { execute(sql: string): Promise<unknown> } }).client;
  await client.execute(`VACUUM INTO '${path.join(making, path.basename(dbFile)).replaceAll("'", "''")}'`);
  for (const name of ['data.key', 'payload-secret']) {
    if (fs.existsSync(path.join(dataDir, name))) fs.copyFileSync(path.join(dataDir, name), path.join(making, name));
  }
  fs.writeFileSync(path.join(making, 'READY'), new Date().toISOString());
  try {
    fs.renameSync(making, dir());
  } catch {
    // Another file saved one first.
    fs.rmSync(making, { recursive: true, force: true });
  }
}
