import { type Dropped, drop } from './drop';

/** The privacy request headers, as sent by the browser. */
export interface PrivacyHeaders {
  /** `DNT` */
  readonly dnt?: string | undefined;
  /** `Sec-GPC` (Global Privacy Control) */
  readonly secGpc?: string | undefined;
}

/**
 * Step 4: the browser script sends nothing under Do Not Track or Global Privacy Control;
 * if a beacon arrives with those headers anyway (an old or modified script), it is not
 * counted either.
 */
export function dropDoNotTrack(headers: PrivacyHeaders = {}) {
  const refused = headers.dnt?.trim() === '1' || headers.secGpc?.trim() === '1';
  return <T>(event: T): T | Dropped => (refused ? drop('do-not-track') : event);
}
