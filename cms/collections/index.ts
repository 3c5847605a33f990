import type { CollectionConfig } from 'payload';
import { AnalyticsCounters } from './AnalyticsCounters';
import { CampaignSources } from './CampaignSources';
import { ConversationMessages } from './Conversations/ConversationMessages';
import { Conversations } from './Conversations';
import { Groups } from './Groups';
import { Media } from './Media';
import { Modules } from './Modules';
import { Outbox } from './Outbox';
import { Pages } from './Pages';
import { Registrations } from './Registrations';
import { Users } from './Users';

/** Every collection, in the order the admin navigation shows them within their groups. */
export const collections: CollectionConfig[] = [Pages, Modules, CampaignSources, Media, Groups, Registrations, Conversations, ConversationMessages, Outbox, Users, AnalyticsCounters];
