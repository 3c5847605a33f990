import type { TextField } from 'payload';

export const STABLE_KEY_PATTERN = /^[a-z0-9-]{1,40}$/;

function slugPart(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
}

/**
 * A stable key for an exercise, statement, row or option. Visitors' answers are stored in
 * their browser under this key, so it is generated once and must not change afterwards.
 */
export function stableKeyField(fromField = 'title'): TextField {
  return {
    name: 'key',
    type: 'text',
    required: true,
    index: false,
    label: { nl: 'Vaste sleutel', en: 'Stable key' },
    admin: {
      description: {
        nl: 'Wordt automatisch gemaakt. Bezoekers bewaren hun antwoorden onder deze sleutel in hun eigen browser: wijzig hem niet meer na publicatie, anders zien zij hun eerdere antwoorden niet terug.',
        en: 'Generated automatically. Visitors keep their answers under this key in their own browser: do not change it after publishing.',
      },
      position: 'sidebar',
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return value.trim();
          const base = slugPart(siblingData?.[fromField]) || 'item';
          return `${base}-${Math.random().toString(36).slice(2, 6)}`;
        },
      ],
    },
    validate: (value: unknown) =>
      typeof value === 'string' && STABLE_KEY_PATTERN.test(value)
        ? true
        : 'Gebruik alleen kleine letters, cijfers en streepjes (maximaal 40 tekens).',
  };
}
