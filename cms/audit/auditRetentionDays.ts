import { ConfigError } from '../lib/runtimeConfig';

export const DEFAULT_AUDIT_RETENTION_DAYS = 365;

/**
 * `AUDIT_RETENTION_DAYS` (default 365): how long audit entries are kept. Read on every call,
 * so tests can change it.
 *
 * @throws ConfigError for a value that is not a whole number of days from 1 to 3650.
 */
export function auditRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.AUDIT_RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_AUDIT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new ConfigError(`AUDIT_RETENTION_DAYS must be a whole number of days between 1 and 3650, got "${raw}".`);
  }
  return days;
}
