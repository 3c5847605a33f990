import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { DUTCH_FEEDBACK } from './dutchFeedback';

/** NIST SP 800-63B: at least 12 characters, no composition rules, a generous maximum. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn score 4 ("very unguessable"): these accounts guard the most sensitive data the helpline holds. */
export const MIN_PASSWORD_SCORE = 4;
/**
 * The estimator's cost grows with length and with look-alike characters ("1" for "l"); past
 * these limits a password only gets stronger, so they bound the work without weakening the check.
 */
const ESTIMATED_LENGTH = 64;
const L33T_SUBSTITUTIONS = 6;

/** Words an attacker would try first against this portal's staff. */
const SITE_WORDS = ['stop it now', 'stopitnow', 'stop', 'eokm', 'hulplijn', 'helpline', 'beheer', 'payload', 'lotgenoten', 'zelfhulp'];

export const SCORE_LABELS = ['heel zwak', 'zwak', 'matig', 'redelijk', 'sterk'] as const;

export interface PasswordAssessment {
  acceptable: boolean;
  /** 0–4 (zxcvbn); 0 as well when the length is wrong. */
  score: number;
  /** One Dutch sentence or two: what is wrong, or that it is fine. */
  message: string;
  /** Concrete Dutch tips from the estimator. */
  hints: string[];
}

function prefixed(dictionary: Record<string, string[]>, prefix: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${prefix}${name}`, words]));
}

let configured = false;
function configure(): void {
  if (configured) return;
  zxcvbnOptions.setOptions({
    translations: DUTCH_FEEDBACK,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...prefixed(en.dictionary, 'en-'), ...prefixed(nl.dictionary, 'nl-') },
    maxLength: ESTIMATED_LENGTH,
    l33tMaxSubstitutions: L33T_SUBSTITUTIONS,
  });
  configured = true;
}

/** Splits e-mail addresses and names into the words someone might reuse in a password. */
function personalWords(inputs: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    if (!input) continue;
    const lower = input.toLowerCase();
    words.add(lower);
    words.add(lower.split('@')[0] ?? lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/**
 * Judges a new staff password: at least 12 characters and hard to guess (a strength estimate
 * with English and Dutch dictionaries, the person's own name and address, and this portal's
 * words). Runs the same in the server (which decides) and in the admin (which explains while
 * typing). Never asks for capitals, digits or symbols.
 *
 * @param personal the account's e-mail address, name and the like.
 */
export function assessPassword(password: string, personal: readonly (string | null | undefined)[] = []): PasswordAssessment {
  const length = [...password].length;
  if (length === 0) return { acceptable: false, score: 0, message: 'Vul een wachtwoord in.', hints: [] };
  if (length < MIN_PASSWORD_LENGTH) {
    return {
      acceptable: false,
      score: 0,
      message: `Je wachtwoord heeft ${length} ${length === 1 ? 'teken' : 'tekens'}. Het moeten er minstens ${MIN_PASSWORD_LENGTH} zijn.`,
      hints: ['Een zin van vier of meer woorden die niet bij elkaar horen, is lang genoeg en goed te onthouden.'],
    };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return { acceptable: false, score: 0, message: `Je wachtwoord is te lang: hoogstens ${MAX_PASSWORD_LENGTH} tekens.`, hints: [] };
  }
  configure();
  const result = zxcvbn(password, [...SITE_WORDS, ...personalWords(personal)]);
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((h): h is string => Boolean(h));
  if (result.score < MIN_PASSWORD_SCORE) {
    return {
      acceptable: false,
      score: result.score,
      message: `Dit wachtwoord is te makkelijk te raden (sterkte: ${SCORE_LABELS[result.score]}). Kies een langer of minder voorspelbaar wachtwoord.`,
      hints: hints.length ? hints : ['Voeg een of meer woorden toe die niet vaak samen voorkomen.'],
    };
  }
  return { acceptable: true, score: result.score, message: `Sterk genoeg (sterkte: ${SCORE_LABELS[result.score]}).`, hints: [] };
}
