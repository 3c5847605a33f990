import type { ArrayField, Block, CollapsibleField, Field, FieldHook, TextField } from 'payload';
import { describe, expect, test } from 'vitest';
import { moduleBlocks, pageBlocks } from '../../cms/blocks';
import { Checklist } from '../../cms/blocks/Checklist/config';
import { rowNumberOf, rowTitle } from '../../cms/components/editor/rowTitle';
import { editorFriendlyBlock } from '../../cms/fields/editorFriendly';
import { stableKeyField } from '../../cms/fields/stableKey';

const named = (fields: Field[], name: string) => fields.find((f) => 'name' in f && f.name === name);
const componentOf = (value: unknown) => value as { path: string; clientProps: Record<string, unknown> };

describe('editorFriendlyBlock', () => {
  const block = editorFriendlyBlock(Checklist);

  test('moves the exercise key into one collapsed "Technisch" section at the end, read-only, with one explanation', () => {
    expect(named(block.fields, 'key')).toBeUndefined();
    const technical = block.fields.at(-1) as CollapsibleField;
    expect(technical).toMatchObject({ type: 'collapsible', label: { nl: 'Technisch' }, admin: { initCollapsed: true } });
    expect((technical.admin?.description as { nl: string } | undefined)?.nl).toMatch(/niets mee te doen/);
    expect(technical.fields).toMatchObject([{ name: 'key', admin: { readOnly: true } }]);
    expect(JSON.stringify(block)).not.toMatch(/Vaste sleutel/);
  });

  test('hides row keys and labels rows with their own text', () => {
    const items = named(block.fields, 'items') as ArrayField;
    expect((named(items.fields, 'key') as TextField).admin?.hidden).toBe(true);
    expect(componentOf(items.admin?.components?.RowLabel)).toEqual({ path: '/components/editor/RowLabel#RowLabel', clientProps: { titleFields: ['label'], singular: 'Keuze' } });
  });

  test('labels the block header with its kind and title', () => {
    expect(componentOf(block.admin?.components?.Label)).toEqual({
      path: '/components/editor/BlockLabel#BlockLabel',
      clientProps: { titleFields: ['title', 'items.0.label'], blockLabel: 'Oefening: checklist' },
    });
  });

  test('gives every block in the pickers a picture of its own, with its Dutch name as text alternative', () => {
    const all = new Map<string, Block>([...moduleBlocks, ...pageBlocks].map((b) => [b.slug, b]));
    const pictures = [...all.values()].map((b) => b.imageURL);
    expect(pictures.every((p) => typeof p === 'string' && p.startsWith('data:image/svg+xml'))).toBe(true);
    expect(new Set(pictures).size).toBe(all.size);
    expect(all.get('quote')?.imageAltText).toBe('Citaat');
  });

  test('a new block without a drawing still gets a picture of its own, and custom title fields', () => {
    const made = editorFriendlyBlock({ slug: 'nieuwBlok', labels: { singular: { nl: 'Oefening: iets nieuws' }, plural: { nl: 'x' } }, custom: { titleFields: ['vraag'] }, fields: [stableKeyField('vraag'), { name: 'vraag', type: 'text' }] } as Block);
    expect(decodeURIComponent(String(made.imageURL))).toContain('Oefening: iets');
    expect(componentOf(made.admin?.components?.Label).clientProps.titleFields).toEqual(['vraag']);
  });
});

describe('stableKeyField', () => {
  const hook = stableKeyField('label').hooks!.beforeValidate![0] as FieldHook;
  const run = (args: Record<string, unknown>) => (hook as (a: unknown) => string)({ siblingData: {}, ...args });

  test('generates a key from the text when there is none, and keeps an existing one', () => {
    expect(run({ value: '', siblingData: { label: 'Ik verveel me' } })).toMatch(/^ik-verveel-me-[a-z0-9]{1,4}$/);
    expect(run({ value: 'bestaand-1' })).toBe('bestaand-1');
  });

  test('a duplicated row gets a key of its own; the row that had it keeps it', () => {
    const before = { layout: [{ id: 'b', items: [{ id: 'r1', key: 'rust-ab12', label: 'Rust' }] }] };
    const data = { layout: [{ id: 'b', items: [{ id: 'r2', key: 'rust-ab12', label: 'Rust (kopie)' }, { id: 'r1', key: 'rust-ab12', label: 'Rust' }] }] };
    const copy = run({ value: 'rust-ab12', siblingData: data.layout[0]!.items[0], data, originalDoc: before, path: ['layout', 0, 'items', 0, 'key'] });
    const original = run({ value: 'rust-ab12', siblingData: data.layout[0]!.items[1], data, originalDoc: before, path: ['layout', 0, 'items', 1, 'key'] });
    expect(original).toBe('rust-ab12');
    expect(copy).not.toBe('rust-ab12');
    expect(copy).toMatch(/^rust-kopie-/);
  });
});

describe('rowTitle', () => {
  test('takes the first field with text, from plain text, rich text or a date', () => {
    expect(rowTitle({ title: '', heading: 'Doelen' }, ['title', 'heading'])).toBe('Doelen');
    const rich = { root: { children: [{ children: [{ text: 'Waarom kijk' }, { text: 'ik?' }] }] } };
    expect(rowTitle({ body: rich }, ['body'])).toBe('Waarom kijk ik?');
    expect(rowTitle({ date: '2026-03-03T12:00:00.000Z' }, ['date'])).toBe('dinsdag 3 maart 2026');
    expect(rowTitle({ items: [{ text: 'Eerste doel' }] }, ['items.0.text'])).toBe('Eerste doel');
    expect(rowTitle({ text: 'woord '.repeat(40) }, ['text'])).toMatch(/^woord( woord)+…$/);
    expect(rowNumberOf('layout.2.items.4')).toBe(5);
  });
});
