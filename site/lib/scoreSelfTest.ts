/**
 * Scores a self-test answer (`{ rows: { <statementKey>: <optionKey> } }`, as the exercise's
 * radio buttons save it). Pure: the self-test component reads the answer from the progress
 * store and shows the outcome; nothing leaves the browser.
 */
export interface SelfTestConfig {
  statementKeys: string[];
  /** Points per option key. */
  points: Record<string, number>;
  /** Result texts with the lowest score they apply from. */
  results: { fromScore: number; text: string }[];
}

export type SelfTestOutcome =
  | { kind: 'incomplete'; answered: number; total: number }
  | { kind: 'done'; score: number; max: number; text: string };

/** The outcome once every statement is answered; until then, how many are answered. */
export function scoreSelfTest(config: SelfTestConfig, answer: unknown): SelfTestOutcome {
  const rows = answer && typeof answer === 'object' ? (answer as { rows?: unknown }).rows : undefined;
  const chosen = rows && typeof rows === 'object' ? (rows as Record<string, unknown>) : {};
  const scores = config.statementKeys
    .map((key) => (Object.hasOwn(chosen, key) ? chosen[key] : undefined))
    .map((option) => (typeof option === 'string' && Object.hasOwn(config.points, option) ? config.points[option] : undefined));
  const answered = scores.filter((s) => s !== undefined).length;
  if (answered < config.statementKeys.length || config.statementKeys.length === 0) {
    return { kind: 'incomplete', answered, total: config.statementKeys.length };
  }
  const score = scores.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  const max = config.statementKeys.length * Math.max(0, ...Object.values(config.points));
  const band = [...config.results].sort((a, b) => b.fromScore - a.fromScore).find((r) => score >= r.fromScore);
  return { kind: 'done', score, max, text: band?.text ?? '' };
}
