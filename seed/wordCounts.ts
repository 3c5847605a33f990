/**
 * `npx tsx seed/wordCounts.ts`: words per seeded module (total, explanation, exercises),
 * as a Markdown table. Counts what visitors read; see `seed/lib/moduleWords.ts`.
 */
import { EXERCISE_BLOCK_TYPES } from '../cms/blocks';
import { countModuleWords } from './lib/moduleWords';
import { loadModuleSeeds, toBlock } from './seedModules';

const rows = (await loadModuleSeeds()).map((seed) => ({ seed, words: countModuleWords(seed.blocks.map(toBlock), EXERCISE_BLOCK_TYPES) }));
console.log('| # | Module | Words | Explanation | Exercises (words) | Exercises |');
console.log('|---|---|---:|---:|---:|---:|');
for (const { seed, words } of rows) {
  console.log(`| ${seed.number} | ${seed.title} | ${words.total} | ${words.explanation} | ${words.exercises} | ${words.exerciseCount} |`);
}
const totals = rows.map((r) => r.words.total).sort((a, b) => a - b);
console.log(`\nTotal ${totals.reduce((a, b) => a + b, 0)} words; median ${totals[Math.floor(totals.length / 2)]}.`);
