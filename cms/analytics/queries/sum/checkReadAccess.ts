import { createLocalReq, Forbidden, type Payload } from 'payload';
import type { ReadAs } from '../sumCounters';

/**
 * Runs the analytics-counters collection's own `read` rule for the caller, as the Local
 * API would: 'all' when it allows everything, 'query' when it returns a Where (then only
 * the Local API can apply it), and a Forbidden error when it refuses.
 */
export async function checkReadAccess(payload: Payload, readAs: ReadAs): Promise<'all' | 'query'> {
  if (readAs.overrideAccess !== false) return 'all';
  const read = payload.collections['analytics-counters']?.config.access.read;
  if (!read) return 'all';
  const req = readAs.req ?? (await createLocalReq({ user: readAs.user ?? undefined }, payload));
  const result = await read({ req });
  if (result === true) return 'all';
  if (!result) throw new Forbidden(req.t);
  return 'query';
}
