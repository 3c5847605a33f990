import type { FieldHook, TextField } from 'payload';

export const STABLE_KEY_PATTERN = /^[a-z0-9-]{1,40}$/;

/** Why keys exist, said once per exercise (in its "Technisch" section, see editorFriendlyBlock). */
export const STABLE_KEY_EXPLANATION =
  'Hier hoef je niets mee te doen. Bezoekers bewaren hun antwoorden in hun eigen browser onder deze sleutel. De sleutel wordt automatisch gemaakt en blijft hetzelfde, ook als je de titel of de tekst aanpast. Zo raken bezoekers hun antwoorden niet kwijt.';

function slugPart(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
}

type Row = { id?: unknown; key?: unknown } | null | undefined;

function at(source: unknown, path: readonly (string | number)[]): unknown {
  let value = source;
  for (const part of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

/**
 * Whether the row at `index` may keep `key`: yes when no other row in its list has it;
 * otherwise only the row that held it before this edit (by row id), or else the first one.
 * A duplicated row or block therefore gets a key of its own instead of sharing answers.
 */
function keepsKey(list: Row[], index: number, key: string, before: Row[]): boolean {
  const holders = list.map((row, i) => ({ row, i })).filter(({ row }) => row?.key === key);
  if (holders.length <= 1) return true;
  const ownerId = before.find((row) => row?.key === key)?.id;
  const owner = holders.find(({ row }) => ownerId != null && row?.id === ownerId) ?? holders[0];
  return owner?.i === index;
}

function generateKey(from: unknown): string {
  return `${slugPart(from) || 'item'}-${Math.random().toString(36).slice(2, 6)}`;
}

const ensureKey =
  (fromField: string): FieldHook =>
  ({ value, siblingData, data, originalDoc, path }) => {
    const key = typeof value === 'string' ? value.trim() : '';
    if (!key) return generateKey(siblingData?.[fromField]);
    const rowPath = Array.isArray(path) ? path.slice(0, -1) : [];
    const index = rowPath[rowPath.length - 1];
    const list = at(data, rowPath.slice(0, -1));
    if (typeof index !== 'number' || !Array.isArray(list)) return key;
    const before = at(originalDoc, rowPath.slice(0, -1));
    return keepsKey(list as Row[], index, key, Array.isArray(before) ? (before as Row[]) : []) ? key : generateKey(siblingData?.[fromField]);
  };

/**
 * A stable key for an exercise, statement, row or option. Visitors' answers are stored in
 * their browser under this key, so it is generated once (from the row's text, plus a random
 * tail) and never changes, also not when the text is edited. Editors never need to touch it:
 * blocks passed through `editorFriendlyBlock` show an exercise's key read-only in a collapsed
 * "Technisch" section and keep row keys out of sight.
 */
export function stableKeyField(fromField = 'title'): TextField {
  return {
    name: 'key',
    type: 'text',
    // Not `required`: the admin validates a new row before saving, when its key does not exist
    // yet. Every save fills it first (beforeValidate), so a stored row always has one.
    index: false,
    label: { nl: 'Sleutel', en: 'Stable key' },
    admin: { readOnly: true },
    hooks: { beforeValidate: [ensureKey(fromField)] },
    validate: (value: unknown) =>
      value === undefined || value === null || value === '' || (typeof value === 'string' && STABLE_KEY_PATTERN.test(value))
        ? true
        : 'Gebruik alleen kleine letters, cijfers en streepjes (maximaal 40 tekens).',
  };
}
