import type { CollectionConfig } from 'payload';
import { AnalyticsCounters } from './AnalyticsCounters';
import { AttemptCounters } from './AttemptCounters';
import { CacheEvents } from './CacheEvents';
import { CampaignSources } from './CampaignSources';
import { Groups } from './Groups';
import { Leases } from './Leases';
import { Media } from './Media';
import { Modules } from './Modules';
import { Outbox } from './Outbox';
import { Pages } from './Pages';
import { Registrations } from './Registrations';
import { Users } from './Users';

/** Every collection, in the order the admin navigation shows them within their groups. */
export const collections: CollectionConfig[] = [Pages, Modules, CampaignSources, Media, Groups, Registrations, Outbox, Users, AnalyticsCounters,
  // System collections for running several server processes on one database (hidden, no API access).
  Leases, AttemptCounters, CacheEvents];
