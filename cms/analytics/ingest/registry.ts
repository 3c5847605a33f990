/**
 * What the ingest needs to know about the CMS: which route keys and campaign source codes
 * exist. Implemented elsewhere from the CMS (and cached there); the ingest only asks.
 */
export interface AnalyticsRegistry {
  /** True when `key` (e.g. "module:6", "page:zorgen-over-kijkgedrag") is a known route key. */
  hasRoute(key: string): boolean;
  /** True when `code` is a campaign source code, including ones of ended campaigns. */
  hasSource(code: string): boolean;
}
