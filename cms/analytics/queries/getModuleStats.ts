import type { Payload } from 'payload';
import { localApiAccess, type ReadAs, sumBy, sumCounters } from './sumCounters';

/** The course has 17 modules; the chart always shows these, even without counts. */
export const COURSE_MODULES = 17;
const MODULE_KEYS = Array.from({ length: 99 }, (_, i) => `module:${i + 1}`);

export interface ModuleStats {
  module: number;
  /** Title of the published module, null when it is not published (any more). */
  title: string | null;
  views: number;
  starts: number;
  finishes: number;
}

/** Views, starts (first answer) and finishes per module, modules 1–17 and any higher one with counts. */
export async function getModuleStats(payload: Payload, from: string, to: string, readAs: ReadAs = {}): Promise<ModuleStats[]> {
  const [views, events, modules] = await Promise.all([
    sumCounters(payload, { from, to, metrics: ['pageviews'], keys: MODULE_KEYS, period: 'all' }, readAs),
    sumCounters(payload, { from, to, metrics: ['moduleStarts', 'moduleFinishes'], period: 'all' }, readAs),
    payload.find({ collection: 'modules', select: { number: true, title: true }, pagination: false, depth: 0, ...localApiAccess(readAs) }),
  ]);
  const viewsByModule = sumBy(views, (row) => row.key.slice('module:'.length));
  const starts = sumBy(events.filter((row) => row.metric === 'moduleStarts'), (row) => row.key);
  const finishes = sumBy(events.filter((row) => row.metric === 'moduleFinishes'), (row) => row.key);
  const titles = new Map(modules.docs.map((doc) => [String(doc.number), doc.title]));

  const highest = Math.max(COURSE_MODULES, ...[...viewsByModule.keys(), ...starts.keys(), ...finishes.keys()].map(Number).filter(Number.isFinite));
  return Array.from({ length: highest }, (_, i) => {
    const key = String(i + 1);
    return {
      module: i + 1,
      title: titles.get(key) ?? null,
      views: viewsByModule.get(key) ?? 0,
      starts: starts.get(key) ?? 0,
      finishes: finishes.get(key) ?? 0,
    };
  });
}
