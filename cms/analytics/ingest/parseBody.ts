import { BEACON_MAX_BYTES } from '../beaconSchema';
import { type Dropped, drop } from './drop';

/** The request body as parsed JSON, not yet validated. */
export interface ParsedBody {
  readonly json: unknown;
}

/**
 * Step 1: caps the size before parsing (so a large body costs nothing) and parses JSON.
 * Accepts the raw text whatever the Content-Type, because `sendBeacon` sends text/plain.
 */
export function parseBody(raw: string | Buffer): ParsedBody | Dropped {
  const bytes = typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.byteLength;
  if (bytes > BEACON_MAX_BYTES) return drop('body-too-large');
  try {
    return { json: JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8')) };
  } catch {
    return drop('malformed-json');
  }
}
