/**
 * Requests `fetchPage` until the answer comes from the HTML cache (`X-Cache: HIT`), at most
 * for `timeoutMs`. An edit's invalidation reaches every process through the database within
 * about a second, the editing process included, so a page filled right after an edit may be
 * dropped once more when that event comes back; tests that assert on a cached page start from
 * a settled one.
 */
export async function untilCached(fetchPage: () => Promise<string | null | undefined>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await fetchPage()) === 'HIT') return;
    if (Date.now() > deadline) throw new Error(`not cached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
