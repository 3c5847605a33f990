/**
 * What the public site may read from the CMS. Astro pages receive an implementation in
 * `Astro.locals.site` from the server; they never import Payload themselves. Every read goes
 * through access control as the anonymous public (overrideAccess: false), except the
 * documented existence checks that decide between "ended campaign" and "not found".
 */

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Opening hours of one channel, closed dates as Amsterdam days ('YYYY-MM-DD'). */
export interface ChannelHoursView {
  slots: { weekday: Weekday; opens: string; closes: string }[];
  closedDates: { date: string; label?: string }[];
}

export interface ChannelView {
  hours: ChannelHoursView;
  note: string;
}

/** How to reach the helpline: phone, chat (only with an address) and the contact form (only when on). */
export interface HelplineView {
  /** The phone number as shown, and its tel: link (also used by the crisis block). */
  phone: string;
  phoneHref: string;
  channels: {
    phone: ChannelView;
    chat: (ChannelView & { url: string }) | null;
    contact: (ChannelView & { url: string; answerTime: string }) | null;
  };
  /** Shown when phone and chat are both closed. */
  closedNote: string;
  hoursAreExamples: boolean;
}

/** "Direct hulp nodig?": crisis lines and the message for someone who fears acting now. */
export interface CrisisView {
  heading: string;
  intro: string;
  lines: { label: string; number: string; href: string; when: string; website: string | null }[];
  childSafety: { heading: string; text: string };
}

export interface SettingsView {
  quickExitUrl: string;
  footerText: string;
  privacyVersion: string;
  privacyHtml: string;
  /** Where answers are kept and who can see them: one text from the CMS, as paragraphs. */
  deviceNotice: string[];
}

export interface ModuleSummary {
  number: number;
  title: string;
  slug: string;
  summary: string;
  estimatedMinutes: number;
}

/** A block as the site renders it: Payload's block data, with rich text already turned into HTML. */
export type BlockView = { blockType: string; id?: string; html?: string; [field: string]: unknown };

export interface ModuleView extends ModuleSummary {
  blocks: BlockView[];
  isPreview: boolean;
}

export interface PageView {
  title: string;
  path: string;
  slug: string;
  blocks: BlockView[];
  seo: { title: string; description: string; noindex: boolean; imageUrl: string | null };
  /** Epoch ms after which the cached HTML must not be served (end of the publish window). */
  validUntil: number | null;
  isPreview: boolean;
}

export type PageLookup =
  | { kind: 'page'; page: PageView }
  | { kind: 'redirect'; location: string }
  | { kind: 'ended'; title: string }
  | { kind: 'notYet'; title: string; validUntil: number }
  | { kind: 'none' };

/** An exercise whose answers feed a section of the visitor's personal plan. */
export interface PlanExercise {
  section: 'triggers' | 'warningSigns' | 'riskySituations' | 'techniques' | 'people' | 'goals' | 'slipPlan';
  moduleSlug: string;
  moduleNumber: number;
  moduleTitle: string;
  key: string;
  kind: string;
  title: string;
  /** Labels of checklist items, techniques and fixed table rows, by key (answers store only keys). */
  labels: Record<string, string>;
  /** Fill-in tables: the columns that go into the plan, in order. */
  columns?: { key: string; label: string }[];
}

export interface SiteData {
  /** Exercises that feed "Mijn plan", in course order. */
  planExercises(): Promise<PlanExercise[]>;
  helpline(): Promise<HelplineView>;
  crisis(): Promise<CrisisView>;
  settings(): Promise<SettingsView>;
  modules(): Promise<ModuleSummary[]>;
  module(slug: string, previewToken?: string | null): Promise<ModuleView | null>;
  page(path: string, previewToken?: string | null): Promise<PageLookup>;
  /** Where a short link /k/<code> leads, with the source attached; null for unknown codes. */
  shortLink(code: string): Promise<string | null>;
}
