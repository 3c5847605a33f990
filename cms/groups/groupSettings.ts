import { ConfigError } from '../lib/runtimeConfig';

export interface GroupSettings {
  /** Days before each meeting (the first one included) that confirmed people get a reminder; 0 = none. */
  reminderDays: number;
  /** Days after a group's last meeting that its registrations are deleted. */
  retentionDays: number;
  /** Where the (anonymous) notice of a new confirmed registration goes; none when unset. */
  coordinatorEmail: string | null;
}

type Env = Record<string, string | undefined>;

function wholeDays(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0 || days > max) {
    throw new ConfigError(`${name} must be a whole number of days between 0 and ${max}, got "${raw}".`);
  }
  return days;
}

/**
 * Support-group settings from the environment: `REMINDER_DAYS` (default 2), `RETENTION_DAYS`
 * (default 30) and `COORDINATOR_EMAIL`. Read on every call, so tests can change them.
 *
 * @throws ConfigError for values that are not whole days in range.
 */
export function groupSettings(env: Env = process.env): GroupSettings {
  const coordinatorEmail = env.COORDINATOR_EMAIL?.trim() || null;
  if (coordinatorEmail && !/^[^\s@]+@[^\s@]+$/.test(coordinatorEmail)) {
    throw new ConfigError('COORDINATOR_EMAIL must be one email address.');
  }
  return {
    reminderDays: wholeDays(env, 'REMINDER_DAYS', 2, 30),
    retentionDays: wholeDays(env, 'RETENTION_DAYS', 30, 3650),
    coordinatorEmail,
  };
}
