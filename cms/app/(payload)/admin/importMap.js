import { BlockLabel as BlockLabel_a05487fc955e90bb476f2e349ad4201c } from '../../../components/editor/BlockLabel'
import { RowLabel as RowLabel_2180067db971131e6f5aceb94f2142ad } from '../../../components/editor/RowLabel'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SourceLinks as SourceLinks_060908d627128404720c2afecafbb0e3 } from '../../../components/SourceLinks'
import { GroupExportLink as GroupExportLink_4c2ed5d7e6217be87f0123bd8bab5c76 } from '../../../components/GroupExportLink'
import { PlaceCell as PlaceCell_cb359911c0985d380823d9d49bf34267 } from '../../../components/groups/PlaceCell'
import { AmsterdamDateCell as AmsterdamDateCell_0303dd043771804b73eadb203fcc86ec } from '../../../components/AmsterdamDateCell'
import { ConversationThread as ConversationThread_8c7506985d48eac70bd95cd88fcee19c } from '../../../collections/Conversations/admin/ConversationThread'
import { InboxFilters as InboxFilters_56da8b6c850677454df613cda06c6900 } from '../../../collections/Conversations/admin/InboxFilters'
import { PasswordStrength as PasswordStrength_9be4ea97281a52cd25cdcca268ecb92e } from '../../../components/account/PasswordStrength'
import { FirstUserRole as FirstUserRole_559dad42725a680374d4dd3a0f8f3a59 } from '../../../components/account/FirstUserRole'
import { AccountSecurity as AccountSecurity_d457726713749f852dbd5176dd414811 } from '../../../components/account/AccountSecurity'
import { ActorCell as ActorCell_452fec98d1a7cf1e5c6a3906a7d96486 } from '../../../components/audit/ActorCell'
import { OpeningSlotLabel as OpeningSlotLabel_4bb0adea71d1c6ef954f26b0c1186d6f } from '../../../globals/admin/OpeningSlotLabel'
import { NavLink as NavLink_16d81d6c47eac93e49c34194d8eec759 } from '../../../views/Dashboard/NavLink'
import { DashboardView as DashboardView_5853b6e5db8e8f6412e9b86fc85fbcda } from '../../../views/Dashboard/DashboardView'
import { SecondFactorView as SecondFactorView_cb4ae02234ed62f288f9110916443026 } from '../../../components/account/SecondFactorView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/editor/BlockLabel#BlockLabel": BlockLabel_a05487fc955e90bb476f2e349ad4201c,
  "/components/editor/RowLabel#RowLabel": RowLabel_2180067db971131e6f5aceb94f2142ad,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/SourceLinks#SourceLinks": SourceLinks_060908d627128404720c2afecafbb0e3,
  "/components/GroupExportLink#GroupExportLink": GroupExportLink_4c2ed5d7e6217be87f0123bd8bab5c76,
  "/components/groups/PlaceCell#PlaceCell": PlaceCell_cb359911c0985d380823d9d49bf34267,
  "/components/AmsterdamDateCell#AmsterdamDateCell": AmsterdamDateCell_0303dd043771804b73eadb203fcc86ec,
  "/collections/Conversations/admin/ConversationThread#ConversationThread": ConversationThread_8c7506985d48eac70bd95cd88fcee19c,
  "/collections/Conversations/admin/InboxFilters#InboxFilters": InboxFilters_56da8b6c850677454df613cda06c6900,
  "/components/account/PasswordStrength#PasswordStrength": PasswordStrength_9be4ea97281a52cd25cdcca268ecb92e,
  "/components/account/FirstUserRole#FirstUserRole": FirstUserRole_559dad42725a680374d4dd3a0f8f3a59,
  "/components/account/AccountSecurity#AccountSecurity": AccountSecurity_d457726713749f852dbd5176dd414811,
  "/components/audit/ActorCell#ActorCell": ActorCell_452fec98d1a7cf1e5c6a3906a7d96486,
  "/globals/admin/OpeningSlotLabel#OpeningSlotLabel": OpeningSlotLabel_4bb0adea71d1c6ef954f26b0c1186d6f,
  "/views/Dashboard/NavLink#NavLink": NavLink_16d81d6c47eac93e49c34194d8eec759,
  "/views/Dashboard/DashboardView#DashboardView": DashboardView_5853b6e5db8e8f6412e9b86fc85fbcda,
  "/components/account/SecondFactorView#SecondFactorView": SecondFactorView_cb4ae02234ed62f288f9110916443026,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
