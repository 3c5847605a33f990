import { z } from 'zod';

/** How the person signing up relates to the person they are worried about. */
export const RELATIONS = ['partner', 'ex-partner', 'parent', 'child', 'sibling', 'friend', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Dutch labels for the relation choice, in form order. */
export const RELATION_LABELS: Record<Relation, string> = {
  partner: 'Partner',
  'ex-partner': 'Ex-partner',
  parent: 'Ouder',
  child: 'Kind',
  sibling: 'Broer of zus',
  friend: 'Vriend of vriendin',
  other: 'Anders',
};

// Hidden fields only fail when the page is stale or tampered with: one calm, generic message.
const FORM_PROBLEM = 'Er ging iets mis met het formulier. Laad de pagina opnieuw en probeer het nog eens.';

// C0/C1 controls and bidirectional overrides: invisible, and able to disguise a name in the
// admin. Text is otherwise kept as typed; escaping happens where it is output.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n?|[\n\t]/g;

const singleLine = (v: unknown) => (typeof v === 'string' ? v.replace(LINE_BREAKS, ' ').replace(CONTROLS, '') : v);
const multiLine = (v: unknown) =>
  typeof v === 'string' ? v.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(/\t/g, ' ') : v;
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const name = z.preprocess(
  singleLine,
  z
    .string({ error: 'Vul je voornaam of een schuilnaam in.' })
    .trim()
    .min(1, { error: 'Vul je voornaam of een schuilnaam in.' })
    .max(60, { error: 'Je naam mag niet langer zijn dan 60 tekens. Een voornaam of schuilnaam is genoeg.' }),
);

const email = z.preprocess(
  singleLine,
  z
    .string({ error: 'Vul je e-mailadres in.' })
    .trim()
    .min(1, { error: 'Vul je e-mailadres in.' })
    .max(254, { error: 'Dit e-mailadres is te lang. Controleer het nog even.' })
    .pipe(z.email({ error: 'Dit e-mailadres lijkt niet te kloppen. Controleer het nog even.' })),
);

const PHONE_ERROR =
  'Dit telefoonnummer lijkt niet te kloppen. Gebruik 8 tot 20 tekens: cijfers, spaties en + - ( ). Je mag dit veld ook leeg laten.';
const phone = z.preprocess(
  (v) => emptyToUndefined(singleLine(v)),
  z
    .string({ error: PHONE_ERROR })
    .trim()
    .regex(/^[0-9 +\-()]{8,20}$/, { error: PHONE_ERROR })
    .refine((v) => (v.match(/\d/g) ?? []).length >= 8, { error: PHONE_ERROR })
    .optional(),
);

const relation = z.enum(RELATIONS, { error: 'Kies wie de persoon om wie het gaat voor je is, bijvoorbeeld je partner of je kind.' });

const message = z.preprocess(
  (v) => emptyToUndefined(multiLine(v)),
  z
    .string({ error: 'Je bericht kon niet worden gelezen. Probeer het nog eens.' })
    .trim()
    .max(1000, { error: 'Je bericht mag niet langer zijn dan 1000 tekens.' })
    .optional(),
);

const consent = z.preprocess(
  (v) => v === 'on' || v === true,
  z.literal(true, { error: 'Zet een vinkje als je akkoord gaat met hoe wij met je gegevens omgaan.' }),
);

const consentVersion = z
  .string({ error: FORM_PROBLEM })
  .trim()
  .regex(/^[\w.-]{1,20}$/, { error: FORM_PROBLEM });

// Honeypot: hidden from people (and labelled "laat dit veld leeg" for screen readers).
const website = z.preprocess(
  (v) => (v === undefined || v === null ? '' : v),
  z.string({ error: 'Laat dit veld leeg.' }).trim().max(0, { error: 'Laat dit veld leeg.' }),
);

// Milliseconds since the epoch, set by the page; the caller decides what "too fast" means.
const startedAt = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{1,16}$/.test(v.trim()) ? Number(v) : v),
  z.number({ error: FORM_PROBLEM }).int({ error: FORM_PROBLEM }).min(0, { error: FORM_PROBLEM }).max(8.64e15, {
    error: FORM_PROBLEM,
  }),
);

/** The public support-group sign-up form: the one schema that validates it at the edge. */
export const signupSchema = z.object({
  name,
  email,
  phone,
  relation,
  message,
  consent,
  consentVersion,
  website,
  startedAt,
});

export type SignupInput = z.infer<typeof signupSchema>;
export type SignupField = keyof SignupInput;
export type SignupResult =
  | { ok: true; data: SignupInput }
  | { ok: false; errors: Partial<Record<SignupField, string>> };

/**
 * Validates the submitted form. On failure returns one Dutch message per field (the first
 * problem found), ready to show next to that field. A filled-in `website` (honeypot) is
 * reported like any other error; the caller should answer a bot as if all went well.
 */
export function parseSignup(formData: Record<string, unknown>): SignupResult {
  const result = signupSchema.safeParse(formData);
  if (result.success) return { ok: true, data: result.data };
  const errors: Partial<Record<SignupField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in signupSchema.shape) errors[field as SignupField] ??= issue.message;
  }
  return { ok: false, errors };
}
