import { z } from 'zod';
import { ABOUT } from './conversationStatus';
import { CODE_LENGTH, normaliseTyped, SECRET_LENGTH } from './conversationCodes';

/** Longest message a person can send at once; longer texts can go in two messages. */
export const MAX_MESSAGE_CHARS = 5000;
export const MAX_NAME_CHARS = 60;

// Hidden fields only fail when the page is stale or tampered with: one calm, generic message.
const FORM_PROBLEM = 'Er ging iets mis met het formulier. Laad de pagina opnieuw. Wat je schreef, staat hieronder nog.';

// C0/C1 controls and bidirectional overrides: invisible, and able to disguise text in the
// admin. Text is otherwise kept as typed; escaping happens where it is output.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const singleLine = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?|[\n\t]/g, ' ').replace(CONTROLS, '') : v);
const multiLine = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(/\t/g, ' ') : v);
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Counts characters as people do (an emoji is one), not UTF-16 units. */
const chars = (value: string) => [...value].length;

const message = z.preprocess(
  multiLine,
  z
    .string({ error: 'Schrijf eerst je bericht. Een paar woorden is genoeg.' })
    .trim()
    .min(1, { error: 'Schrijf eerst je bericht. Een paar woorden is genoeg.' })
    .refine((v) => chars(v) <= MAX_MESSAGE_CHARS, {
      error: (issue) =>
        `Je bericht is te lang: er passen ${MAX_MESSAGE_CHARS} tekens in, en dit zijn er ${chars(String(issue.input))}. Stuur de rest in een tweede bericht, na het versturen van dit bericht.`,
    }),
);

const about = z.preprocess(emptyToUndefined, z.enum(ABOUT, { error: FORM_PROBLEM }).optional());

const name = z.preprocess(
  (v) => emptyToUndefined(singleLine(v)),
  z
    .string({ error: FORM_PROBLEM })
    .trim()
    .refine((v) => chars(v) <= MAX_NAME_CHARS, { error: `Een naam mag hoogstens ${MAX_NAME_CHARS} tekens hebben. Een voornaam of verzonnen naam is genoeg.` })
    .optional(),
);

const email = z.preprocess(
  (v) => emptyToUndefined(singleLine(v)),
  z
    .string({ error: FORM_PROBLEM })
    .trim()
    .max(254, { error: 'Dit e-mailadres is te lang. Kijk het nog even na, of laat het veld leeg.' })
    .pipe(z.email({ error: 'Dit e-mailadres lijkt niet te kloppen. Kijk het nog even na, of laat het veld leeg.' }))
    .optional(),
);

// A random key the form page puts in each form: sending the same form twice (a reload, a
// double click) stores one message, not two.
const submission = z.string({ error: FORM_PROBLEM }).regex(/^[A-Za-z0-9_-]{22}$/, { error: FORM_PROBLEM });

// Honeypot: hidden from people (and labelled "laat dit veld leeg" for screen readers).
const website = z.preprocess((v) => (v === undefined || v === null ? '' : v), z.string({ error: FORM_PROBLEM }));

/** The first message on /contact. */
export const startSchema = z.object({ message, about, name, email, website, submission });

const code = z.preprocess(
  (v) => normaliseTyped(v, CODE_LENGTH) ?? v,
  z
    .string({ error: 'Vul je gesprekscode in.' })
    .min(1, { error: 'Vul je gesprekscode in.' })
    .regex(new RegExp(`^[0-9A-Z]{${CODE_LENGTH}}$`), {
      error: `Een gesprekscode heeft ${CODE_LENGTH} tekens, bijvoorbeeld K7M4-Q2PX. Kijk nog even of je hem goed hebt overgenomen.`,
    }),
);
const secret = z.preprocess(
  (v) => normaliseTyped(v, SECRET_LENGTH) ?? v,
  z
    .string({ error: 'Vul je wachtwoord in.' })
    .min(1, { error: 'Vul je wachtwoord in.' })
    .regex(new RegExp(`^[0-9A-Z]{${SECRET_LENGTH}}$`), {
      error: `Een wachtwoord heeft ${SECRET_LENGTH} tekens, bijvoorbeeld 4HJT-9QWM-2KXD. Kijk nog even of je het goed hebt overgenomen.`,
    }),
);

/** Code and secret, as typed on /contact/gesprek or carried in its forms. */
export const unlockSchema = z.object({ code, secret });

/** A further message from the person. */
export const replySchema = z.object({ message, submission });

/** Deleting a conversation needs a ticked box: one click must never remove it all. */
export const deleteSchema = z.object({
  confirm: z.preprocess((v) => v === 'on' || v === true, z.literal(true, { error: 'Zet eerst een vinkje om te laten weten dat je het hele gesprek wilt verwijderen.' })),
});

export type StartInput = z.infer<typeof startSchema>;
export type StartField = keyof StartInput;
export type UnlockInput = z.infer<typeof unlockSchema>;

/** One error shape for every contact form: the first Dutch message per field. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Parses a form with one of the schemas above. On failure returns one Dutch message per
 * field (the first problem found), ready to show next to that field.
 */
export function parseForm<S extends z.ZodObject>(
  schema: S,
  form: Record<string, unknown>,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors<keyof z.infer<S> & string> } {
  const result = schema.safeParse(form);
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in schema.shape) errors[field] ??= issue.message;
  }
  return { ok: false, errors: errors as FieldErrors<keyof z.infer<S> & string> };
}
