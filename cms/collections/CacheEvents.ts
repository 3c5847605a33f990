import type { CollectionConfig } from 'payload';
import { nobody } from '../access/nobody';

/**
 * The cross-process side of the cache bus (`cms/lib/cacheBus.ts`): every invalidation is
 * written here and every server process applies the ones it has not seen, so an edit made on
 * one instance reaches the HTML cache and the analytics registry of all of them within
 * seconds. Old rows are deleted by a background job. Never reachable through the API.
 */
export const CacheEvents: CollectionConfig = {
  slug: 'cache-events',
  labels: { singular: { nl: 'Cachemelding', en: 'Cache event' }, plural: { nl: 'Cachemeldingen', en: 'Cache events' } },
  admin: { hidden: true, group: { nl: 'Systeem', en: 'System' } },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // Comma-separated cache tags (see cms/lib/cacheBus.ts).
    { name: 'tags', type: 'text', required: true, maxLength: 2000 },
  ],
};
