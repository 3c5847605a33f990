import { sql } from '@payloadcms/db-sqlite';
import type { Payload } from 'payload';
import type { Metric } from '../../ingest/metrics';
import type { CounterFilter, CounterSum } from '../sumCounters';

const PERIOD = {
  day: sql`day`,
  month: sql`substr(day, 1, 7)`,
  year: sql`substr(day, 1, 4)`,
  all: sql`''`,
} as const;

interface SqliteDb {
  drizzle: { all<T>(query: ReturnType<typeof sql>): Promise<T[]> };
}

/** One GROUP BY over the `analytics_counters` table (range scan on its (day, metric, key) index). */
export async function sumWithSqlite(payload: Payload, filter: CounterFilter): Promise<CounterSum[]> {
  const db = payload.db as unknown as SqliteDb;
  const metrics = sql.join(filter.metrics.map((metric) => sql`${metric}`), sql`, `);
  const keys = filter.keys ? sql` AND key IN (${sql.join(filter.keys.map((key) => sql`${key}`), sql`, `)})` : sql``;
  const rows = await db.drizzle.all<{ period: string; metric: Metric; key: string | null; count: number | string }>(sql`
    SELECT ${PERIOD[filter.period]} AS period, metric, key, SUM(count) AS count
    FROM analytics_counters
    WHERE day >= ${filter.from} AND day <= ${filter.to} AND metric IN (${metrics})${keys}
    GROUP BY 1, 2, 3`);
  return rows.map((row) => ({ period: String(row.period ?? ''), metric: row.metric, key: row.key ?? '', count: Number(row.count) }));
}
