import type { CollectionConfig } from 'payload';
import { nobody } from '../access/nobody';

/**
 * Rate-limit counters shared by every server process (`cms/lib/rateLimit/`): one row per
 * (bucket, client key), stored only as a keyed hash, with the current fixed window and an
 * expiry after which a background job deletes it. Never reachable through the API.
 */
export const AttemptCounters: CollectionConfig = {
  slug: 'attempt-counters',
  labels: { singular: { nl: 'Pogingenteller', en: 'Attempt counter' }, plural: { nl: 'Pogingentellers', en: 'Attempt counters' } },
  admin: { hidden: true, group: { nl: 'Systeem', en: 'System' } },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // HMAC-SHA-256 of bucket and key, base64url: never an address or e-mail as such.
    { name: 'key', type: 'text', required: true, unique: true, index: true, maxLength: 64 },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
    // Epoch milliseconds of the window the count belongs to.
    { name: 'windowStart', type: 'number', required: true },
    { name: 'expiresAt', type: 'number', required: true, index: true },
  ],
};
