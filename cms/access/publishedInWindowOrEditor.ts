import type { Access, Where } from 'payload';
import { hasRole } from './roles';

/**
 * Pages: editors read drafts; everyone else reads only published pages inside their publish
 * window, exactly as the site shows them. A campaign page before its start date or after its
 * end date is not readable through the API either (the site shows "not found" or "ended").
 */
export const publishedInWindowOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'editor')) return true;
  const now = new Date().toISOString();
  const window: Where = {
    and: [
      { _status: { equals: 'published' } },
      { or: [{ 'campaign.startsAt': { exists: false } }, { 'campaign.startsAt': { less_than_equal: now } }] },
      { or: [{ 'campaign.endsAt': { exists: false } }, { 'campaign.endsAt': { greater_than: now } }] },
    ],
  };
  return window;
};
