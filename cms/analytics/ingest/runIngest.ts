import type { Beacon } from '../beaconSchema';
import { checkKnownRoute } from './checkKnownRoute';
import { checkKnownSource } from './checkKnownSource';
import { type DropReason, type Dropped, isDropped } from './drop';
import { dropBots } from './dropBots';
import { dropDoNotTrack, type PrivacyHeaders } from './dropDoNotTrack';
import { keepPublicReferrer } from './keepPublicReferrer';
import type { Increment } from './metrics';
import { parseBody } from './parseBody';
import type { AnalyticsRegistry } from './registry';
import { toIncrements } from './toIncrements';
import { validateShape } from './validateShape';

/** HTTP status to answer for each drop reason. */
export const DROP_STATUS = {
  'body-too-large': 413,
  'malformed-json': 400,
  'invalid-shape': 422,
  'unknown-route': 422,
  'unknown-source': 422,
  // Answered like an accepted beacon: a bot learns nothing, and a visitor's browser that
  // asked not to be tracked gets no error.
  bot: 204,
  'do-not-track': 204,
} as const satisfies Record<DropReason, number>;

export type DropStatus = (typeof DROP_STATUS)[DropReason];

export type IngestResult =
  | { ok: true; increments: Increment[] }
  | {
      ok: false;
      reason: DropReason;
      status: DropStatus;
      /** Answer 204 and count nothing; not an error worth logging (bots, Do Not Track). */
      silent: boolean;
    };

export interface IngestInput {
  raw: string | Buffer;
  /** Inspected by `dropBots` only; never returned, stored or logged. */
  userAgent: string | undefined;
  registry: AnalyticsRegistry;
  /** 'YYYY-MM-DD' in Europe/Amsterdam (see `dayInAmsterdam`). */
  day: string;
  /** `DNT` / `Sec-GPC` request headers, when the route passes them. */
  privacyHeaders?: PrivacyHeaders;
}

function rejected(reason: DropReason): IngestResult {
  const status = DROP_STATUS[reason];
  return { ok: false, reason, status, silent: status === 204 };
}

/**
 * The beacon pipeline: size and JSON → shape → bots → Do Not Track → known route →
 * known source → public referrer site name → increments. Never throws on any body; the first step that drops decides.
 */
export function runIngest(input: IngestInput): IngestResult {
  const parsed = parseBody(input.raw);
  if (isDropped(parsed)) return rejected(parsed.reason);

  const steps: ((beacon: Beacon) => Beacon | Dropped)[] = [
    dropBots(input.userAgent),
    dropDoNotTrack(input.privacyHeaders),
    checkKnownRoute(input.registry),
    checkKnownSource(input.registry),
    keepPublicReferrer,
  ];
  let beacon: Beacon | Dropped = validateShape(parsed);
  for (const step of steps) {
    if (isDropped(beacon)) break;
    beacon = step(beacon);
  }
  if (isDropped(beacon)) return rejected(beacon.reason);

  return { ok: true, increments: toIncrements(beacon, input.day) };
}
