import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXERCISE_BLOCK_TYPES } from '../../cms/blocks';
import { createSiteData } from '../../cms/siteData/createSiteData';
import { countModuleWords, visibleStrings } from '../../seed/lib/moduleWords';
import { startTestPayload, type TestPayload } from '../helpers/testPayload';

let t: TestPayload;
beforeAll(async () => {
  t = await startTestPayload({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

type Block = { blockType: string; key?: string; statements?: { text: string }[]; scale?: { low: string; mid: string; high: string }; intro?: string; [field: string]: unknown };
type ModuleDoc = { number: number; slug: string; title: string; summary: string; layout: Block[] };

async function modules(): Promise<ModuleDoc[]> {
  const { docs } = await t.payload.find({ collection: 'modules', limit: 100, sort: 'number', overrideAccess: false, depth: 0 });
  return docs as unknown as ModuleDoc[];
}

/** Every text a visitor reads on the seeded modules, pages and site settings. */
async function seededTexts(): Promise<{ where: string; text: string }[]> {
  const pages = await t.payload.find({ collection: 'pages', limit: 100, overrideAccess: false, depth: 0 });
  const settings = await t.payload.findGlobal({ slug: 'site-settings', overrideAccess: false });
  return [
    ...(await modules()).flatMap((m) => [m.title, m.summary, ...visibleStrings(m.layout)].map((text) => ({ where: `module ${m.number}`, text }))),
    ...pages.docs.flatMap((p) => [String(p.title), ...visibleStrings(p.layout), ...visibleStrings(p.seo)].map((text) => ({ where: `page ${p.path}`, text }))),
    ...[String(settings.footerText ?? ''), String(settings.deviceNotice ?? ''), ...visibleStrings(settings.privacyStatement)].map((text) => ({ where: 'site settings', text })),
  ];
}

const SCALES = {
  agreement: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
  confidence: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
  frequency: ['lukt nog niet', 'lukt soms', 'lukt meestal'],
} as const;

/**
 * The first edition, measured with `npx tsx seed/wordCounts.ts` on main (2026-11-29): words of
 * explanation (text and quote blocks), words of exercises, and the number of exercises. The
 * second edition must at least double all three in these modules.
 */
const FIRST_EDITION: Record<number, { explanation: number; exercises: number; exerciseCount: number }> = {
  1: { explanation: 356, exercises: 119, exerciseCount: 3 },
  5: { explanation: 366, exercises: 139, exerciseCount: 3 },
  7: { explanation: 360, exercises: 310, exerciseCount: 3 },
  8: { explanation: 408, exercises: 157, exerciseCount: 3 },
  12: { explanation: 391, exercises: 177, exerciseCount: 3 },
  16: { explanation: 435, exercises: 168, exerciseCount: 4 },
  17: { explanation: 422, exercises: 115, exerciseCount: 3 },
};

describe('seeded course', () => {
  test('has 17 published modules numbered 1-17, each following the module pattern', async () => {
    const docs = await modules();
    expect(docs.map((d) => d.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const mod of docs) {
      const types = mod.layout.map((b) => b.blockType);
      expect(types[0], `module ${mod.number}`).toBe('goals');
      expect(types.filter((type) => type === 'selfRating'), `module ${mod.number}`).toHaveLength(1);
      expect(types.indexOf('selfRating'), `module ${mod.number}: Vertrekpunt right after the goals`).toBe(1);
      expect(types, `module ${mod.number}`).toContain('content');
      expect(types.filter((type) => (EXERCISE_BLOCK_TYPES as readonly string[]).includes(type)).length, `module ${mod.number}`).toBeGreaterThanOrEqual(2);
      expect(types.at(-1), `module ${mod.number}`).toBe('contactPrompt');
    }
  });

  test('gives every Vertrekpunt 2-5 statements on a scale that fits them', async () => {
    for (const mod of await modules()) {
      const rating = mod.layout.find((b) => b.blockType === 'selfRating')!;
      const statements = rating.statements!.map((s) => s.text);
      expect(statements.length, `module ${mod.number}`).toBeGreaterThanOrEqual(2);
      expect(statements.length, `module ${mod.number}`).toBeLessThanOrEqual(5);
      const scale = [rating.scale!.low, rating.scale!.mid, rating.scale!.high];
      const kind = (Object.keys(SCALES) as (keyof typeof SCALES)[]).find((k) => SCALES[k].join() === scale.join());
      expect(kind, `module ${mod.number}: scale ${scale.join(' / ')}`).toBeDefined();
      expect(rating.intro, `module ${mod.number}`).not.toMatch(/vertrouwen in deze zinnen/i);
      // Confidence is about what you can do; facts and attitudes go on the "klopt" scale.
      if (kind === 'confidence') for (const s of statements) expect(s, `module ${mod.number}`).toMatch(/\b(kan|durf)\b/);
      if (kind === 'agreement') for (const s of statements) expect(s, `module ${mod.number}`).not.toMatch(/^Ik (kan|durf)\b/);
    }
  });

  test('at least doubles explanation and exercises in modules 1, 5, 7, 8, 12, 16 and 17', async () => {
    for (const mod of await modules()) {
      const before = FIRST_EDITION[mod.number];
      if (!before) continue;
      const now = countModuleWords(mod.layout, EXERCISE_BLOCK_TYPES);
      expect(now.explanation, `module ${mod.number}: words of explanation`).toBeGreaterThanOrEqual(2 * before.explanation);
      expect(now.exercises, `module ${mod.number}: words of exercises`).toBeGreaterThanOrEqual(2 * before.exercises);
      expect(now.exerciseCount, `module ${mod.number}: number of exercises`).toBeGreaterThanOrEqual(2 * before.exerciseCount);
    }
  });

  test('has the named new exercises: timeline, compulsive-use self-test, disclosure plan, relapse plan, all eleven goods', async () => {
    const bySlug = new Map((await modules()).map((m) => [m.number, m.layout]));
    const find = (n: number, key: string) => bySlug.get(n)?.find((b) => b.key === key);
    expect(find(1, 'tijdlijn')).toMatchObject({ blockType: 'fillInTable' });
    const test7 = find(7, 'zelftest-dwangmatig');
    expect(test7).toMatchObject({ blockType: 'selfTest' });
    expect(String(test7?.disclaimer)).toMatch(/geen diagnose/);
    const plan12 = find(12, 'openbaringsplan') as { columns: { label: string }[] } | undefined;
    expect(plan12?.columns.map((c) => c.label).join(' | ')).toMatch(/Aan wie.*Wanneer.*zeggen.*reageren.*veiligheid van kinderen/);
    const sections16 = (bySlug.get(16) ?? []).map((b) => b.planSection).filter(Boolean);
    expect(new Set(sections16)).toEqual(new Set(['warningSigns', 'riskySituations', 'techniques', 'people', 'slipPlan', 'goals']));
    const goods = find(17, 'goede-leven-doelen') as { rows: unknown[]; columns: { label: string; inPlan: boolean }[]; planSection: string } | undefined;
    expect(goods?.rows).toHaveLength(11);
    expect(goods?.planSection).toBe('goals');
    expect(goods?.columns.filter((c) => c.inPlan).map((c) => c.label)).toEqual(['Mijn naderingsdoel: wat ga ik doen?']);
  });

  test('signposts crisis help where heavy topics come up, and says what to do around children', async () => {
    const byNumber = new Map((await modules()).map((m) => [m.number, m]));
    for (const n of [5, 8, 12, 13]) expect(byNumber.get(n)!.layout.some((b) => b.blockType === 'crisisNote'), `module ${n}`).toBe(true);
    for (const n of [2, 6, 12, 16]) {
      const text = visibleStrings(byNumber.get(n)!.layout).join(' ');
      expect(text, `module ${n}`).toMatch(/De Waag/);
      expect(text, `module ${n}`).toMatch(/forensische poliklinie/i);
      expect(text, `module ${n}`).toMatch(/bel (vandaag nog )?Stop it Now!( vandaag nog)?/i);
    }
  });

  test('uses the right terminology, typographic quotes and none of the language errors of the first edition', async () => {
    const texts = await seededTexts();
    const all = texts.map((x) => x.text).join('\n');
    expect(all).toContain('beeldmateriaal van seksueel misbruik van minderjarigen');
    const wrong: [RegExp, string][] = [
      [/kinderporno/i, 'say "beeldmateriaal van seksueel misbruik van minderjarigen"'],
      [/toenaderingsdoel/i, 'one term: naderingsdoelen'],
      [/["']/, 'typographic quotes only'],
      [/Now!\./, 'no full stop after "Stop it Now!"'],
      [/terecht (kunt|kan)\b/, '"terechtkunt" / "terechtkan"'],
      [/schade te doen/, '"schade toe te brengen"'],
      [/daar naartoe/, '"daarnaartoe"'],
      [/dat schade heeft/, '"dat schade lijdt"'],
      [/anoniem hulp/, '"anonieme hulp"'],
      [/werk of opleiding/, '"op mijn werk of in mijn opleiding"'],
      [/niemand anders (ziet|kan)/i, 'answers are visible to anyone using the device'],
      [/lorem/i, 'no placeholder text'],
    ];
    for (const { where, text } of texts) for (const [pattern, why] of wrong) expect(text, `${where} (${why})`).not.toMatch(pattern);
  });

  test('types no phone number by hand: numbers come from the helpline and crisis settings', async () => {
    const phone = [/\b0800[\s-]?\d/, /(?:\+31|\b0)(?:[\s-]?\d){9}\b/, /\b11[23]\b/, /\btel:/];
    for (const { where, text } of await seededTexts()) for (const pattern of phone) expect(text, where).not.toMatch(pattern);
  });

  test('says for every quote where it comes from, and labels the examples as examples', async () => {
    const pages = await t.payload.find({ collection: 'pages', limit: 100, overrideAccess: true, depth: 0 });
    const quotes = [...(await modules()).flatMap((m) => m.layout), ...pages.docs.flatMap((p) => p.layout as Block[])].filter((b) => b.blockType === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(['illustrative', 'consented'], String(quote.text)).toContain(quote.provenance);
    expect(quotes.filter((q) => q.provenance === 'consented')).toEqual([]);
  });

  test('is idempotent: seeding twice leaves 17 modules, the same pages and the corrected poster sources', async () => {
    // A database seeded with the first edition still has the wrong poster label: re-seeding corrects it.
    const old = await t.payload.find({ collection: 'campaign-sources', where: { code: { equals: 'poster-utrecht' } }, overrideAccess: true, depth: 0 });
    await t.payload.update({ collection: 'campaign-sources', id: old.docs[0]!.id, data: { label: 'Toiletposter Utrecht' }, overrideAccess: true });
    const { seed } = await import('../../seed/index');
    await seed(t.payload, { log: { info: () => undefined } });
    expect((await t.payload.count({ collection: 'modules', overrideAccess: true })).totalDocs).toBe(17);
    const pages = await t.payload.find({ collection: 'pages', limit: 100, overrideAccess: true, depth: 0 });
    expect(new Set(pages.docs.map((p) => p.path)).size).toBe(pages.docs.length);
    const sources = await t.payload.find({ collection: 'campaign-sources', limit: 100, overrideAccess: true, depth: 0, sort: 'code' });
    expect(sources.docs).toHaveLength(7);
    const labels = Object.fromEntries(sources.docs.map((s) => [s.code, s.label]));
    expect(labels.toiletposter).toMatch(/Toiletposters.*heel Nederland.*1\.500/);
    expect([labels['poster-amsterdam'], labels['poster-den-haag'], labels['poster-utrecht']]).toEqual([
      'Posters in bushokjes, Amsterdam',
      'Posters in bushokjes, Den Haag',
      'Posters in bushokjes, Utrecht',
    ]);
  });

  test('marks the seeded opening hours as examples', async () => {
    const helpline = await t.payload.findGlobal({ slug: 'helpline', overrideAccess: true });
    expect(helpline.hoursAreExamples).toBe(true);
    expect((helpline.phoneHours as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('what the public site receives', () => {
  test('tells one true story about this device: who can see answers, how to erase them, the private window', async () => {
    const { deviceNotice } = await createSiteData(t.payload).settings();
    const text = deviceNotice.join(' ');
    expect(deviceNotice.length).toBeGreaterThan(1);
    expect(text).toMatch(/op dit apparaat/);
    expect(text).toMatch(/iedereen die dit apparaat gebruikt, kan/i);
    expect(text).toMatch(/privévenster/);
    expect(text).toMatch(/Alles wissen van dit apparaat/);
  });

  test('never receives editor notes or where a quote’s consent is recorded', async () => {
    const site = createSiteData(t.payload);
    const note = 'Controleer met het team';
    const mod = await site.module('gevolgen');
    expect(JSON.stringify(mod)).not.toMatch(/editorNote|Laat deze tekst controleren/);
    const page = await site.page('/voor-professionals');
    expect(page.kind).toBe('page');
    expect(JSON.stringify(page)).not.toMatch(/editorNote|Voorbeeldtekst/);
    const staffView = await t.payload.find({ collection: 'modules', where: { slug: { equals: 'openbaring' } }, overrideAccess: true, depth: 0 });
    expect(JSON.stringify(staffView.docs[0])).toContain(note);

    await t.payload.create({
      collection: 'pages',
      overrideAccess: true,
      data: {
        title: 'Citaat met toestemming',
        path: '/citaat-test',
        layout: [{ blockType: 'quote', text: 'Echte woorden.', provenance: 'consented', attribution: 'Een deelnemer', consentRecord: 'Per e-mail, dossier 12' }],
        _status: 'published',
      } as never,
    });
    const quotePage = await site.page('/citaat-test');
    expect(JSON.stringify(quotePage)).toContain('Een deelnemer');
    expect(JSON.stringify(quotePage)).not.toMatch(/consentRecord|dossier 12/);
  });

  test('refuses a real quote without a record of consent', async () => {
    await expect(
      t.payload.create({
        collection: 'pages',
        overrideAccess: true,
        data: { title: 'Zonder toestemming', path: '/citaat-zonder', layout: [{ blockType: 'quote', text: 'Woorden.', provenance: 'consented' }], _status: 'published' } as never,
      }),
    ).rejects.toThrow();
  });

  test('lists the plan exercises for every part of the plan, with only the goal column of the good-life table', async () => {
    const exercises = await createSiteData(t.payload).planExercises();
    expect(new Set(exercises.map((e) => e.section))).toEqual(new Set(['triggers', 'warningSigns', 'riskySituations', 'techniques', 'people', 'goals', 'slipPlan']));
    const goods = exercises.find((e) => e.key === 'goede-leven-doelen');
    expect(goods?.columns).toEqual([{ key: 'naderingsdoel', label: 'Mijn naderingsdoel: wat ga ik doen?' }]);
    expect(Object.keys(goods?.labels ?? {})).toHaveLength(11);
    expect(exercises.some((e) => e.key === 'openbaringsplan')).toBe(false);
  });
});

describe('exercise keys', () => {
  test('gives every exercise a key that is unique within its module', async () => {
    for (const mod of await modules()) {
      const keys = mod.layout.filter((b) => b.key).map((b) => b.key);
      expect(new Set(keys).size, `module ${mod.number}`).toBe(keys.length);
    }
  });

  test('refuses a module where two exercises share a key', async () => {
    const reflection = { blockType: 'reflection', key: 'dubbel', title: 'A', prompt: 'B' };
    await expect(
      t.payload.create({ collection: 'modules', data: { number: 50, title: 'X', slug: 'x-dubbel', summary: 's', estimatedMinutes: 10, layout: [reflection, reflection], _status: 'published' } as never, overrideAccess: true }),
    ).rejects.toThrow();
  });
});
