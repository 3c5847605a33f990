import { type Beacon, beaconSchema } from '../beaconSchema';
import { type Dropped, drop } from './drop';
import type { ParsedBody } from './parseBody';

/**
 * Step 2: the one schema decides the shape. Zod's issues are not passed on: the answer
 * to a bad beacon is a bare 422, and nothing from the body is echoed or logged.
 */
export function validateShape(body: ParsedBody): Beacon | Dropped {
  const result = beaconSchema.safeParse(body.json);
  return result.success ? result.data : drop('invalid-shape');
}
