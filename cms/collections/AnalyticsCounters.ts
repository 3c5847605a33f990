import type { CollectionConfig } from 'payload';
import { isAnalyst } from '../access/isAnalyst';
import { nobody } from '../access/nobody';
import { analyticsEndpoints } from '../analytics/endpoints';
import { METRICS } from '../analytics/ingest/metrics';

/**
 * Aggregate visit counters: one row per (day, metric, key) with a count. Nothing in a row
 * identifies a visitor; there is no per-visit row anywhere.
 *
 * Rows are written only by the server's beacon writer (`cms/analytics/write/incrementCounters.ts`,
 * atomic increments). Through the API they can only be read, by analysts and administrators,
 * for the dashboard at /admin/statistieken.
 */
export const AnalyticsCounters: CollectionConfig = {
  slug: 'analytics-counters',
  labels: {
    singular: { nl: 'Teller', en: 'Counter' },
    plural: { nl: 'Bezoektellers', en: 'Visit counters' },
  },
  admin: {
    group: { nl: 'Statistieken', en: 'Statistics' },
    // The raw rows mean little on their own; the dashboard is the way in (nav link below).
    hidden: true,
    useAsTitle: 'day',
    defaultColumns: ['day', 'metric', 'key', 'count'],
  },
  access: {
    read: isAnalyst,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  indexes: [
    // The writer's `ON CONFLICT(day, metric, key)` (SQLite) and its upserts (MongoDB) rely on this.
    { fields: ['day', 'metric', 'key'], unique: true },
    // Dashboard sums ask for a few metrics over a date range: metric first lets them read only
    // those rows (a year of visits is 1,100 rows instead of all ~80,000 of that year).
    { fields: ['metric', 'day'] },
  ],
  endpoints: analyticsEndpoints,
  fields: [
    { name: 'day', type: 'text', required: true, index: true, maxLength: 10, label: { nl: 'Dag', en: 'Day' } },
    {
      name: 'metric',
      type: 'select',
      required: true,
      label: { nl: 'Teller', en: 'Metric' },
      options: METRICS.map((value) => ({ value, label: value })),
    },
    // Not required: the day totals (visits, visitors, returningVisits) use the empty key.
    { name: 'key', type: 'text', maxLength: 100, label: { nl: 'Sleutel', en: 'Key' } },
    { name: 'count', type: 'number', required: true, min: 0, defaultValue: 0, label: { nl: 'Aantal', en: 'Count' } },
  ],
};
