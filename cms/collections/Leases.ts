import type { CollectionConfig } from 'payload';
import { nobody } from '../access/nobody';

/**
 * Named, expiring leases that let several server processes agree on who does something:
 * one background job run per interval, the set-up step on MongoDB. Taken and renewed only by
 * single conditional writes (`cms/lib/leases/`); a crashed holder's lease simply expires.
 * Never reachable through the API.
 */
export const Leases: CollectionConfig = {
  slug: 'leases',
  labels: { singular: { nl: 'Lease', en: 'Lease' }, plural: { nl: 'Leases', en: 'Leases' } },
  admin: { hidden: true, useAsTitle: 'name', group: { nl: 'Systeem', en: 'System' } },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true, maxLength: 100 },
    // Which process holds it (random per process), so only the holder renews it.
    { name: 'holder', type: 'text', required: true, maxLength: 64 },
    // Epoch milliseconds: compared as numbers by the conditional writes of both adapters.
    { name: 'expiresAt', type: 'number', required: true },
  ],
};
