/**
 * Why an ingest step refused an event. Every step returns either its (possibly refined)
 * event or `drop(reason)`, so the pipeline reads as a list of named decisions.
 */
export type DropReason =
  | 'body-too-large'
  | 'malformed-json'
  | 'invalid-shape'
  | 'bot'
  | 'do-not-track'
  | 'unknown-route'
  | 'unknown-source';

/**
 * A refused event. A class (not a plain object) so that no JSON body can ever look like
 * a drop: `{"reason":"bot"}` from a visitor is data, never a decision.
 */
export class Dropped {
  constructor(readonly reason: DropReason) {}
}

/** Refuses the event for `reason`. */
export function drop(reason: DropReason): Dropped {
  return new Dropped(reason);
}

/** True when a step refused the event. */
export function isDropped(value: unknown): value is Dropped {
  return value instanceof Dropped;
}
