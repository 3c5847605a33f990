import { ConfigError } from '../lib/runtimeConfig';

export interface ContactSettings {
  /** Days after a conversation's last message that it is deleted (`CONTACT_RETENTION_DAYS`). */
  retentionDays: number;
  /** Where the notice of a new message goes (`CONTACT_NOTIFY_EMAIL`); none when unset. */
  notifyEmail: string | null;
}

type Env = Record<string, string | undefined>;

const MAX_RETENTION_DAYS = 365;

/**
 * Contact-form settings from the environment: `CONTACT_RETENTION_DAYS` (default 30, 1–365)
 * and `CONTACT_NOTIFY_EMAIL`. Read on every call, so tests can change them.
 *
 * @throws ConfigError for a retention that is not a whole number of days in range, or a
 * notification address that is not one e-mail address.
 */
export function contactSettings(env: Env = process.env): ContactSettings {
  const raw = env.CONTACT_RETENTION_DAYS?.trim();
  const retentionDays = raw ? Number(raw) : 30;
  // Zero would delete a conversation before anyone could answer it.
  if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > MAX_RETENTION_DAYS) {
    throw new ConfigError(`CONTACT_RETENTION_DAYS must be a whole number of days between 1 and ${MAX_RETENTION_DAYS}, got "${raw}".`);
  }
  const notifyEmail = env.CONTACT_NOTIFY_EMAIL?.trim() || null;
  if (notifyEmail && !/^[^\s@]+@[^\s@]+$/.test(notifyEmail)) {
    throw new ConfigError('CONTACT_NOTIFY_EMAIL must be one email address.');
  }
  return { retentionDays, notifyEmail };
}
