import type { CollectionConfig } from 'payload';
import { AnalyticsCounters } from './AnalyticsCounters';
import { CampaignSources } from './CampaignSources';
import { Media } from './Media';
import { Modules } from './Modules';
import { Pages } from './Pages';
import { Users } from './Users';

/** Every collection, in the order the admin navigation shows them within their groups. */
export const collections: CollectionConfig[] = [Pages, Modules, CampaignSources, Media, Users, AnalyticsCounters];
