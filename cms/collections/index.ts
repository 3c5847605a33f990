import type { CollectionConfig } from 'payload';
import { audited } from '../audit/auditHooks';
import { AnalyticsCounters } from './AnalyticsCounters';
import { AttemptCounters } from './AttemptCounters';
import { AuditLog } from './AuditLog';
import { CacheEvents } from './CacheEvents';
import { CampaignSources } from './CampaignSources';
import { ConversationMessages } from './Conversations/ConversationMessages';
import { Conversations } from './Conversations';
import { Groups } from './Groups';
import { Leases } from './Leases';
import { Media } from './Media';
import { Modules } from './Modules';
import { Outbox } from './Outbox';
import { Pages } from './Pages';
import { Registrations } from './Registrations';
import { Users } from './Users';

/** Editors work in the admin, not with the API: no "API" tab on documents. */
const withoutApiTab = (collection: CollectionConfig): CollectionConfig => ({ ...collection, admin: { hideAPIURL: true, ...collection.admin } });

/**
 * Every collection, in the order the admin navigation shows them within their groups.
 * `audited(…)` puts a collection's records in the audit trail (reads, changes, deletions).
 */
export const collections: CollectionConfig[] = [
  Pages,
  Modules,
  CampaignSources,
  Media,
  Groups,
  audited(Registrations),
  audited(Conversations),
  audited(ConversationMessages),
  Outbox,
  Users,
  AuditLog,
  AnalyticsCounters,
  // System collections for running several server processes on one database (hidden, no API access).
  Leases,
  AttemptCounters,
  CacheEvents,
].map(withoutApiTab);
