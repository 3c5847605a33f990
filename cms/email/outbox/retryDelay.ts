/** After this many failed attempts an email is marked failed and left for an administrator. */
export const MAX_ATTEMPTS = 10;

const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 2 * 60 * 60 * 1000;

/**
 * Exponential backoff: 30 s, 1 min, 2 min, … capped at 2 hours, so the ten attempts cover
 * about seven hours of SMTP outage. A little jitter keeps queued emails from retrying in
 * lockstep against a server that just came back.
 */
export function retryDelay(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return Math.round(base * (0.9 + 0.2 * random()));
}
