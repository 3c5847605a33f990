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
export type PlanSection = 'triggers' | 'warningSigns' | 'techniques' | 'people' | 'goals';

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
  /** "Uitleg": explanation. */
  | { blockType: 'content'; heading?: string; body: RichParagraph[] }
  /** A short anonymous quote from someone who stopped. */
  | { blockType: 'quote'; text: string; attribution: string }
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
