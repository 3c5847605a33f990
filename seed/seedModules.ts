import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Payload } from 'payload';
import { toLexical } from './lib/toLexical';
import type { ModuleBlockSeed, ModuleSeed } from './modules/types';

/**
 * Loads every `seed/modules/NN-*.ts` file, in number order. The compiled server has no
 * TypeScript loader: its build sets PORTAL_SEED_MODULES to the folder with the same files
 * compiled to `.mjs` (scripts/buildRuntime.mjs).
 */
export async function loadModuleSeeds(): Promise<ModuleSeed[]> {
  const dir = path.resolve(process.cwd(), process.env.PORTAL_SEED_MODULES ?? 'seed/modules');
  const files = fs.readdirSync(dir).filter((f) => /^\d{2}-.*\.(ts|mjs)$/.test(f)).sort();
  const seeds: ModuleSeed[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: ModuleSeed };
    seeds.push(mod.default);
  }
  return seeds;
}

/** One seeded block in the shape the CMS stores (rich text as Lexical JSON). */
export function toBlock(block: ModuleBlockSeed) {
  switch (block.blockType) {
    case 'goals':
      return { blockType: 'goals', heading: 'Doelen', items: block.items.map((text) => ({ text })) };
    case 'selfRating':
      return {
        blockType: 'selfRating',
        key: block.key,
        intro: block.intro,
        scale: { low: block.scale[0], mid: block.scale[1], high: block.scale[2] },
        statements: block.statements,
      };
    case 'content':
      return { blockType: 'content', heading: block.heading, body: toLexical(block.body), ...(block.editorNote ? { editorNote: block.editorNote } : {}) };
    case 'fillInTable':
      return {
        ...block,
        columns: block.columns.map((c) => ({ multiline: false, inPlan: true, ...c })),
        rows: block.rows ?? [],
      };
    default:
      return block;
  }
}

/** Creates or updates (by slug) the published course modules. */
export async function seedModules(payload: Payload, seeds: ModuleSeed[]): Promise<number> {
  for (const seed of seeds) {
    const data = {
      number: seed.number,
      title: seed.title,
      slug: seed.slug,
      summary: seed.summary,
      estimatedMinutes: seed.estimatedMinutes,
      layout: seed.blocks.map(toBlock),
      _status: 'published' as const,
    };
    const { docs } = await payload.find({ collection: 'modules', where: { slug: { equals: seed.slug } }, limit: 1, depth: 0, overrideAccess: true });
    const context = { skipSideEffects: true };
    if (docs[0]) await payload.update({ collection: 'modules', id: docs[0].id, data: data as never, overrideAccess: true, context });
    else await payload.create({ collection: 'modules', data: data as never, overrideAccess: true, context });
  }
  return seeds.length;
}
