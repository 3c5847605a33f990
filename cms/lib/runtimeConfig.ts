import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A configuration mistake the operator must fix; the server prints only its message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type DatabaseKind = 'sqlite' | 'mongodb';

export interface RuntimeConfig {
  isProduction: boolean;
  /** Set by `npm run build`: config is evaluated only to compile the admin. */
  isBuild: boolean;
  port: number;
  dataDir: string;
  publicUrl: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; url: string };
  payloadSecret: string;
  trustProxy: boolean | number;
  smtpUrl?: string;
  mailFrom: string;
  mailFromName: string;
  /** Web worker processes (`WEB_CONCURRENCY`, default 1); more than one runs `node:cluster`. */
  webConcurrency: number;
  /** Whether this host runs background work (`JOBS=off` turns it off; default on). */
  jobs: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when the URL points at this machine, where HTTPS is not expected. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

function parsePort(value: string | undefined): number {
  if (!value) return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a number between 0 and 65535, got "${value}".`);
  }
  return port;
}

function parseTrustProxy(value: string | undefined): boolean | number {
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  const hops = Number(value);
  if (Number.isInteger(hops) && hops > 0) return hops;
  throw new ConfigError(`TRUST_PROXY must be true, false or a number of proxy hops, got "${value}".`);
}

function selectDatabase(env: NodeJS.ProcessEnv, dataDir: string, isProduction: boolean) {
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    // Development pushes the schema directly; keep that file apart from the migrated one.
    const file = isProduction ? 'portal.db' : 'portal-dev.db';
    return { kind: 'sqlite' as const, file: path.join(dataDir, file) };
  }
  if (/^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongodb' as const, url };
  throw new ConfigError(
    'DATABASE_URL must start with mongodb:// or mongodb+srv://, or be left unset to use the embedded SQLite database.',
  );
}

/**
 * The secret signs staff sessions and preview links. A deployment with its own database must
 * bring one; the embedded default generates one per data directory and keeps it there.
 */
function resolveSecret(env: NodeJS.ProcessEnv, dataDir: string, external: boolean, isBuild: boolean): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new ConfigError('PAYLOAD_SECRET must be at least 32 characters long.');
    return fromEnv;
  }
  if (isBuild) return randomBytes(32).toString('hex');
  if (external) {
    throw new ConfigError('PAYLOAD_SECRET is required when DATABASE_URL is set (use at least 32 random characters).');
  }
  const file = path.join(dataDir, 'payload-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(file, 'utf8').trim();
}

function parseConcurrency(value: string | undefined): number {
  if (!value) return 1;
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new ConfigError(`WEB_CONCURRENCY must be a whole number from 1 to 64, got "${value}".`);
  }
  return workers;
}

function parseJobs(value: string | undefined): boolean {
  if (!value || value === 'on') return true;
  if (value === 'off') return false;
  throw new ConfigError(`JOBS must be on or off, got "${value}".`);
}

/**
 * Instances on a shared database must all read each other's encrypted sign-ups: a key
 * generated per data folder would differ between them, so it must be given.
 */
function requireDataKey(env: NodeJS.ProcessEnv, external: boolean, isBuild: boolean): void {
  if (external && !isBuild && !env.DATA_KEY?.trim()) {
    throw new ConfigError('DATA_KEY is required when DATABASE_URL is set (32 random bytes as base64 or hex; create one with: openssl rand -base64 32).');
  }
}

let cached: RuntimeConfig | undefined;

/**
 * Reads the environment once. Paths come from `process.cwd()` and env, never from
 * `import.meta.url`, because this module is bundled into the admin build.
 */
export function runtimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  if (cached && env === process.env) return cached;
  const isProduction = env.NODE_ENV === 'production';
  const isBuild = env.PORTAL_BUILD === '1';
  const port = parsePort(env.PORT);
  const dataDir = path.resolve(process.cwd(), env.DATA_DIR || 'data');
  const database = selectDatabase(env, dataDir, isProduction);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  const config: RuntimeConfig = {
    isProduction,
    isBuild,
    port,
    dataDir,
    publicUrl,
    database,
    payloadSecret: resolveSecret(env, dataDir, database.kind === 'mongodb', isBuild),
    webConcurrency: parseConcurrency(env.WEB_CONCURRENCY?.trim()),
    jobs: parseJobs(env.JOBS?.trim()),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'no-reply@localhost',
    mailFromName: env.MAIL_FROM_NAME || 'Hulplijn',
  };
  requireDataKey(env, database.kind === 'mongodb', isBuild);
  if (env === process.env) cached = config;
  return config;
}

/** Forget the cached configuration (tests that change the environment between runs). */
export function resetRuntimeConfig(): void {
  cached = undefined;
}
