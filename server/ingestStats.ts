import type { DropReason } from '../cms/analytics/ingest';

/** Why the route itself refused a beacon before the pipeline: a body type no browser sends. */
export type RouteDropReason = DropReason | 'unsupported-type';

/** Log fields of one ingest summary line: totals only, never a body, header or address. */
export type IngestLogFields = Record<string, number>;

/**
 * Running totals between two log lines of the beacon ingest: accepted beacons, counters
 * written and drops per reason.
 */
export function createIngestStats() {
  let accepted = 0;
  let written = 0;
  let dropped = new Map<RouteDropReason, number>();

  return {
    accept() {
      accepted += 1;
    },
    drop(reason: RouteDropReason) {
      dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
    },
    written(counters: number) {
      written += counters;
    },
    /** The fields for one log line and a reset, or null when nothing happened since the last. */
    takeLogFields(): IngestLogFields | null {
      if (accepted === 0 && written === 0 && dropped.size === 0) return null;
      const fields: IngestLogFields = { accepted, written };
      for (const [reason, count] of dropped) fields[`dropped.${reason}`] = count;
      accepted = 0;
      written = 0;
      dropped = new Map();
      return fields;
    },
  };
}
