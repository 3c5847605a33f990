/**
 * Upgrades progress written by older versions of the site to the current shape. Each entry
 * of `migrations` takes data of version N and returns data of version N + 1 (or null when
 * the data does not have the shape of version N). Pure: no storage, no DOM.
 */
import { isProgressKey, type ModuleProgress, type ProgressState, PROGRESS_VERSION, capAnswer, isProgressState } from './progressState';

type Migration = (data: unknown, today: string) => unknown;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 0 (key `sin.progress`): `{ answers: { 'slug/exerciseKey': value }, done: slug[] }`.
 * Any entry we cannot place makes the whole thing unreadable, so it is set aside whole
 * rather than half migrated.
 */
function migrateV0ToV1(data: unknown, today: string): ProgressState | null {
  if (!isPlainObject(data) || !isPlainObject(data.answers) || !Array.isArray(data.done)) return null;
  // A Map, not an object literal: a slug such as 'constructor' must not hit Object.prototype.
  const modules = new Map<string, { started: boolean; finished: boolean; answers: Record<string, unknown> }>();
  const moduleFor = (slug: string) => {
    const module = modules.get(slug) ?? { started: true, finished: false, answers: {} };
    modules.set(slug, module);
    return module;
  };
  for (const [path, value] of Object.entries(data.answers)) {
    const [slug, exerciseKey, ...rest] = path.split('/');
    const answer = capAnswer(value);
    if (rest.length > 0 || !isProgressKey(slug) || !isProgressKey(exerciseKey) || answer === undefined) return null;
    moduleFor(slug).answers[exerciseKey] = answer;
  }
  for (const slug of data.done) {
    if (!isProgressKey(slug)) return null;
    moduleFor(slug).finished = true;
  }
  return { version: 1, updatedAt: today, modules: Object.fromEntries(modules) as Record<string, ModuleProgress> };
}

/** fromVersion → migration to fromVersion + 1. */
export const migrations: Readonly<Record<number, Migration>> = {
  0: migrateV0ToV1,
};

/** The `version` field of stored data, or null when it has none we understand. */
export function versionOf(data: unknown): number | null {
  const version = isPlainObject(data) ? data.version : undefined;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : null;
}

/**
 * Brings `data` of `fromVersion` up to the current version and checks it with the type
 * guard. Null when it cannot be read: wrong shape, a missing migration, or a version newer
 * than this code knows (we never guess at a future shape).
 */
export function upgradeProgress(data: unknown, today: string, fromVersion = versionOf(data)): ProgressState | null {
  if (fromVersion === null || fromVersion > PROGRESS_VERSION) return null;
  let current = data;
  for (let version = fromVersion; version < PROGRESS_VERSION; version++) {
    const migrate = migrations[version];
    if (!migrate) return null;
    current = migrate(current, today);
    if (current === null) return null;
  }
  return isProgressState(current) ? current : null;
}
