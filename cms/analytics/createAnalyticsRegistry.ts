import type { Payload } from 'payload';
import { onCacheInvalidate } from '../lib/cacheBus';
import type { AnalyticsRegistry } from './ingest/registry';
import { type KnownKeys, loadKnownKeys } from './loadKnownKeys';

const RETRY_AFTER_FAILURE_MS = 5_000;

/** Cache tags (see cms/lib/cacheBus.ts) after which the known keys are read again. */
function concernsRegistry(tag: string): boolean {
  return tag === 'modules' || tag === 'sources' || tag === 'groups' || tag.startsWith('page:') || tag.startsWith('group:');
}

export interface CachedAnalyticsRegistry extends AnalyticsRegistry {
  /** Resolves once the first load finished (or failed: then every key is unknown until a retry). */
  ready: Promise<void>;
  /** Reads the CMS again; concurrent calls share one read. */
  refresh(): Promise<void>;
  /** Stops listening for CMS changes. */
  close(): void;
}

export interface RegistryOptions {
  /** Re-read at least this often: the safety net in case an invalidation on the cache bus got lost. */
  ttlMs?: number;
  /** Told when a load fails; the previous keys stay in use. */
  onError?: (error: unknown) => void;
}

/**
 * The ingest's view of the CMS (which route keys and campaign sources exist), kept in
 * memory so checking a beacon costs no database work. Reloaded in the background when a
 * Payload hook in any server process announces a change on the cache bus (within about a
 * second, see cms/lib/cacheBus.ts), and after `ttlMs`; until a reload finishes the previous
 * keys answer.
 */
export function createAnalyticsRegistry(payload: Payload, options: RegistryOptions = {}): CachedAnalyticsRegistry {
  const ttlMs = options.ttlMs ?? 60_000;
  let known: KnownKeys = { routes: new Set(), sources: new Set() };
  let loadedAt = 0;
  let loading: Promise<void> | null = null;
  let again = false;

  const refresh = (): Promise<void> => {
    if (loading) {
      // A change during a read may not be in its result: read once more afterwards.
      again = true;
      return loading;
    }
    loading = (async () => {
      try {
        do {
          again = false;
          known = await loadKnownKeys(payload);
          loadedAt = Date.now();
        } while (again);
      } catch (error) {
        // Try again in a few seconds, not on every beacon while the database is away.
        loadedAt = Date.now() - ttlMs + RETRY_AFTER_FAILURE_MS;
        options.onError?.(error);
      } finally {
        loading = null;
      }
    })();
    return loading;
  };

  const refreshIfStale = () => {
    if (!loading && Date.now() - loadedAt > ttlMs) void refresh();
  };

  const unsubscribe = onCacheInvalidate((tags) => {
    if (tags.some(concernsRegistry)) void refresh();
  });

  return {
    ready: refresh(),
    refresh,
    close: unsubscribe,
    hasRoute(key) {
      refreshIfStale();
      return known.routes.has(key);
    },
    hasSource(code) {
      refreshIfStale();
      return known.sources.has(code);
    },
  };
}
