/**
 * Shape of one seeded course module ("Stoppen is mogelijk").
 *
 * Each module file in this folder default-exports a `ModuleSeed`. `seed/seedModules.ts`
 * turns it into a `modules` document (rich text strings become Lexical JSON there).
 *
 * Stable keys: every exercise, statement, checklist item, row, option and technique has a
 * `key` (lower-case, a-z0-9 and dashes, max 40 chars, unique within the module). Answers in
 * the visitor's browser are stored under these keys, so they must never change once
 * published, even when the text around them is edited.
 */

/** Rich text written as a small, safe subset of Markdown-like paragraphs. */
export type RichParagraph =
  | { type: 'p'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'ul'; items: string[] };

/** Where an exercise's answers feed into the personal plan (/zelfhulp/mijn-plan). */
export type PlanSection = 'triggers' | 'warningSigns' | 'riskySituations' | 'techniques' | 'people' | 'goals' | 'slipPlan';

export type ModuleBlockSeed =
  /** "Doelen": what the visitor will gain (3-5 short items). */
  | { blockType: 'goals'; items: string[] }
  /** "Vertrekpunt": 2-5 statements rated on a 3-point scale; redone at the end of the module. */
  | {
      blockType: 'selfRating';
      key: string;
      intro: string;
      scale: [string, string, string];
      statements: { key: string; text: string }[];
    }
  /**
   * "Uitleg": explanation. `editorNote` (staff only, never on the site) marks text that rests
   * on facts the helpline still has to check or fill in.
   */
  | { blockType: 'content'; heading?: string; body: RichParagraph[]; editorNote?: string }
  /**
   * A short quote. Every seeded quote is an example written for the course ('illustrative'),
   * shown as such; 'consented' needs real words, recorded consent and an anonymous attribution.
   */
  | { blockType: 'quote'; text: string; provenance: 'illustrative' }
  /** The crisis lines (from the CMS), where a heavy topic is raised. */
  | { blockType: 'crisisNote'; intro: string }
  /** The one device privacy text (from Site settings), where people write something sensitive. */
  | { blockType: 'deviceNote'; heading?: string }
  /** A table to fill in: fixed rows (with labels) or blank rows; columns marked inPlan feed the plan. */
  | {
      blockType: 'fillInTable';
      key: string;
      title: string;
      prompt: string;
      columns: { key: string; label: string; multiline?: boolean; inPlan?: boolean }[];
      rows?: { key: string; label: string }[];
      rowName?: string;
      emptyRows?: number;
      planSection?: PlanSection;
    }
  /** A self-test: the same answer options for each statement, result bands, a disclaimer. */
  | {
      blockType: 'selfTest';
      key: string;
      title: string;
      prompt: string;
      statements: { key: string; text: string }[];
      options: { key: string; label: string; points: number }[];
      results: { fromScore: number; text: string }[];
      disclaimer: string;
    }
  /** Free-text reflection. */
  | { blockType: 'reflection'; key: string; title: string; prompt: string; planSection?: PlanSection }
  /** "Vink aan wat bij jou past", optionally with an own free-text addition. */
  | {
      blockType: 'checklist';
      key: string;
      title: string;
      prompt: string;
      items: { key: string; label: string }[];
      allowOther: boolean;
      planSection?: PlanSection;
    }
  /** Rows x options grid, one option per row. */
  | {
      blockType: 'classification';
      key: string;
      title: string;
      prompt: string;
      rows: { key: string; label: string }[];
      options: { key: string; label: string }[];
    }
  /** Pick the techniques you want to use. */
  | {
      blockType: 'techniquePicker';
      key: string;
      title: string;
      prompt: string;
      techniques: { key: string; name: string; description: string }[];
      planSection?: PlanSection;
    }
  /** Urge diary: rows of situation, urge before 1-10, technique used, urge after 1-10. */
  | { blockType: 'urgeDiary'; key: string; title: string; prompt: string; rows: number }
  /** Approach goals and avoidance goals. */
  | { blockType: 'goalSetting'; key: string; title: string; prompt: string; planSection?: PlanSection }
  /** Warning signs, each with "what I will do". */
  | { blockType: 'warningSigns'; key: string; title: string; prompt: string; planSection?: PlanSection }
  /** "Vragen of zorgen? Neem contact op met Stop it Now!" */
  | { blockType: 'contactPrompt'; text: string };

export interface ModuleSeed {
  number: number;
  title: string;
  /** URL segment under /zelfhulp/, lower-case, dashes; stable. */
  slug: string;
  /** One or two sentences for the overview page. */
  summary: string;
  estimatedMinutes: number;
  blocks: ModuleBlockSeed[];
}
