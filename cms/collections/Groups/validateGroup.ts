/** Group slugs that are public pages of their own under /lotgenotengroepen/. */
export const RESERVED_GROUP_SLUGS = new Set(['bevestigen', 'afmelden', 'plek-aannemen']);

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The page address /lotgenotengroepen/<slug>. */
export function validateGroupSlug(value: unknown): true | string {
  if (typeof value !== 'string' || !SLUG.test(value) || value.length > 60) {
    return 'Gebruik kleine letters, cijfers en streepjes (hoogstens 60 tekens).';
  }
  if (RESERVED_GROUP_SLUGS.has(value)) return `"${value}" is al een pagina op de site. Kies een ander adres.`;
  return true;
}

/** A meeting time as HH:MM (24 hours). */
export function validateTime(value: unknown): true | string {
  return typeof value === 'string' && TIME.test(value) ? true : 'Schrijf de tijd als UU:MM, bijvoorbeeld 19:30.';
}

/** The end of a meeting must come after its start on the same evening. */
export function validateEnd(value: unknown, { siblingData }: { siblingData: Partial<{ start: string }> }): true | string {
  const valid = validateTime(value);
  if (valid !== true) return valid;
  const start = siblingData?.start;
  return typeof start === 'string' && TIME.test(start) && (value as string) <= start
    ? 'De eindtijd moet na de begintijd liggen.'
    : true;
}

/** City is needed for in-person groups, a meeting link for online groups. */
export function requiredFor(format: 'inPerson' | 'online', message: string) {
  return (value: unknown, { siblingData }: { siblingData: Partial<{ format: string }> }): true | string =>
    siblingData?.format === format && (typeof value !== 'string' || value.trim() === '') ? message : true;
}

/**
 * Online meeting links must be https links: they go into reminder emails as buttons. The link
 * may be added later; reminders wait for it.
 */
export function validateMeetingLink(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value !== 'string') return 'Dit is geen geldige link.';
  try {
    return new URL(value).protocol === 'https:' ? true : 'Gebruik een link die begint met https://';
  } catch {
    return 'Dit is geen geldige link. Kopieer de hele link, beginnend met https://';
  }
}
