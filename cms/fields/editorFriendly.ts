import type { ArrayField, Block, CollapsibleField, Field } from 'payload';
import { blockPicture } from './blockPicture';
import { STABLE_KEY_EXPLANATION } from './stableKey';

/** Fields whose text names a block or a row in the admin, in order of preference. */
const TITLE_FIELDS = ['title', 'heading', 'label', 'name', 'question', 'intro', 'text', 'body'];

type Label = string | Record<string, string> | undefined | false | ((...args: never[]) => unknown);
const dutch = (label: Label, fallback: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? (label.nl ?? label.en ?? fallback) : fallback;

const named = (field: Field): string | undefined => ('name' in field ? field.name : undefined);

/** Fields whose data sits beside their siblings': those in rows and collapsibles count as siblings. */
function flat(fields: Field[]): Field[] {
  return fields.flatMap((f) => ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f ? flat(f.fields) : [f]));
}

/** The text fields (in preference order) that can name a row or block of these fields. */
function titleFieldsOf(fields: Field[], extra: string[] = []): string[] {
  const names = new Set(flat(fields).map(named).filter(Boolean));
  const own = [...extra, ...TITLE_FIELDS.filter((name) => names.has(name))];
  // A list of items names its block when nothing else does (e.g. "Doelen": the first goal).
  const lists = flat(fields).filter((f): f is ArrayField => f.type === 'array').map((f) => `${f.name}.0.${titleFieldsOf(f.fields)[0] ?? 'text'}`);
  return [...new Set([...own, ...lists])];
}

/** Array rows: labelled with their own text ("Ik verveel me") instead of "Item 01", and their keys out of sight. */
function friendlyArray(field: ArrayField, titleFields: string[] = [], collapsed = true): ArrayField {
  const fields = field.fields.map((child) =>
    named(child) === 'key' && child.type === 'text' ? { ...child, admin: { ...child.admin, hidden: true } } : friendlyField(child),
  );
  const components = field.admin?.components ?? {};
  return {
    ...field,
    fields,
    admin: {
      // Closed rows show their text in the header, so a long list reads at a glance; a row with
      // a single field stays open (its header would only repeat that field).
      initCollapsed: field.admin?.initCollapsed ?? (collapsed && fields.filter((f) => named(f) !== 'key' && f.type !== 'ui').length > 1),
      ...field.admin,
      components: {
        ...components,
        RowLabel: components.RowLabel ?? {
          path: '/components/editor/RowLabel#RowLabel',
          clientProps: { titleFields: titleFieldsOf(field.fields, titleFields), singular: dutch(field.labels?.singular as Label, 'Regel') },
        },
      },
    },
  };
}

function friendlyField(field: Field): Field {
  if (field.type === 'array') return friendlyArray(field);
  if ((field.type === 'row' || field.type === 'collapsible' || field.type === 'group') && 'fields' in field) {
    return { ...field, fields: field.fields.map(friendlyField) } as Field;
  }
  return field;
}

/** The exercise's own key, read-only, in a collapsed section with the one explanation. */
function technicalSection(key: Field): CollapsibleField {
  return {
    type: 'collapsible',
    label: { nl: 'Technisch', en: 'Technical' },
    admin: { initCollapsed: true, description: { nl: STABLE_KEY_EXPLANATION, en: 'Visitors keep their answers under this key. Generated automatically; it never changes.' } },
    fields: [key],
  };
}

/**
 * Makes a block readable for editors who are not technical, in one line:
 * `export const MyBlock = editorFriendlyBlock({ slug, labels, fields, … })` (or map a list of
 * blocks through it, as cms/blocks/index.ts does). It
 * - labels the block in the editor with its own title or first words, after its kind
 *   ("03 · Oefening: checklist · Wat past bij jou?"), instead of "Zonder titel";
 * - labels list rows with their own text instead of "Item 01";
 * - moves the block's stable key into a collapsed "Technisch" section with one explanation, and
 *   hides row keys (they are generated and never change; see stableKeyField);
 * - gives the block its own picture in the block picker.
 * Which fields name the block can be set with `custom: { titleFields: ['…'] }`.
 */
export function editorFriendlyBlock(block: Block): Block {
  const extra = Array.isArray(block.custom?.titleFields) ? (block.custom.titleFields as string[]) : [];
  const key = block.fields.find((f) => named(f) === 'key' && f.type === 'text');
  const rest = block.fields.filter((f) => f !== key).map(friendlyField);
  const label = dutch(block.labels?.singular as Label, block.slug);
  const components = block.admin?.components ?? {};
  return {
    ...block,
    imageURL: block.imageURL ?? blockPicture(block.slug, label),
    imageAltText: block.imageAltText ?? label,
    fields: key ? [...rest, technicalSection(key)] : rest,
    admin: {
      ...block.admin,
      components: {
        ...components,
        Label: components.Label ?? {
          path: '/components/editor/BlockLabel#BlockLabel',
          clientProps: { titleFields: titleFieldsOf(block.fields, extra), blockLabel: label },
        },
      },
    },
  };
}

/**
 * The same row labels for a list field outside blocks (e.g. a group's meetings, labelled by
 * their date: `editorFriendlyArray(meetingsField, ['date'])`).
 */
export function editorFriendlyArray(field: ArrayField, titleFields: string[] = []): ArrayField {
  // Open: the rows' other fields (e.g. a meeting's times) are not in the label.
  return friendlyArray(field, titleFields, false);
}
