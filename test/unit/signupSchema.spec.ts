import { describe, expect, test } from 'vitest';
import { parseSignup, RELATION_LABELS, RELATIONS } from '../../cms/groups/signupSchema';

const FORM_PROBLEM = 'Er ging iets mis met het formulier. Laad de pagina opnieuw en probeer het nog eens.';
const PHONE_ERROR =
  'Dit telefoonnummer lijkt niet te kloppen. Gebruik 8 tot 20 tekens: cijfers, spaties en + - ( ). Je mag dit veld ook leeg laten.';

/** What a browser posts for a correctly filled-in form (all values are strings). */
function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: ' Sam ',
    email: ' sam@example.nl ',
    phone: '',
    relation: 'partner',
    message: '',
    consent: 'on',
    consentVersion: '2027-01',
    website: '',
    startedAt: '1780000000000',
    ...overrides,
  };
}

function errorsFor(overrides: Record<string, unknown>) {
  const result = parseSignup(form(overrides));
  if (result.ok) throw new Error('expected the form to be rejected');
  return result.errors;
}

describe('parseSignup', () => {
  test('returns trimmed, typed data for a correctly filled-in form', () => {
    expect(parseSignup(form({ submit: 'Aanmelden' }))).toEqual({
      ok: true,
      data: {
        name: 'Sam',
        email: 'sam@example.nl',
        phone: undefined,
        relation: 'partner',
        message: undefined,
        consent: true,
        consentVersion: '2027-01',
        website: '',
        startedAt: 1780000000000,
      },
    });
  });

  test('reports only the fields that are wrong, one Dutch message each', () => {
    expect(errorsFor({ name: '', email: 'sam@' })).toEqual({
      name: 'Vul je voornaam of een schuilnaam in.',
      email: 'Dit e-mailadres lijkt niet te kloppen. Controleer het nog even.',
    });
  });

  test('asks for a first name or pseudonym when the name is missing, blank or too long', () => {
    expect(errorsFor({ name: undefined }).name).toBe('Vul je voornaam of een schuilnaam in.');
    expect(errorsFor({ name: '   ' }).name).toBe('Vul je voornaam of een schuilnaam in.');
    expect(errorsFor({ name: 'a'.repeat(61) }).name).toBe(
      'Je naam mag niet langer zijn dan 60 tekens. Een voornaam of schuilnaam is genoeg.',
    );
    expect(parseSignup(form({ name: 'a'.repeat(60) })).ok).toBe(true);
  });

  test('asks for an email address when it is missing, malformed or too long', () => {
    expect(errorsFor({ email: '' }).email).toBe('Vul je e-mailadres in.');
    expect(errorsFor({ email: 'sam.example.nl' }).email).toBe(
      'Dit e-mailadres lijkt niet te kloppen. Controleer het nog even.',
    );
    expect(errorsFor({ email: `${'a'.repeat(250)}@example.nl` }).email).toBe(
      'Dit e-mailadres is te lang. Controleer het nog even.',
    );
  });

  test('treats an empty phone number as not given and checks a filled-in one', () => {
    const ok = parseSignup(form({ phone: ' +31 (0)6-1234 5678 ' }));
    expect(ok.ok && ok.data.phone).toBe('+31 (0)6-1234 5678');
    const empty = parseSignup(form({ phone: '   ' }));
    expect(empty.ok && empty.data.phone).toBeUndefined();
    for (const phone of ['0612', '06-1234567a', '+31 6 1234 5678 9012 34', '(((--- +)))']) {
      expect(errorsFor({ phone }).phone).toBe(PHONE_ERROR);
    }
  });

  test('accepts every relation and rejects anything else', () => {
    for (const relation of RELATIONS) expect(parseSignup(form({ relation })).ok).toBe(true);
    expect(errorsFor({ relation: 'neighbour' }).relation).toBe('Kies wie de persoon om wie het gaat voor je is, bijvoorbeeld je partner of je kind.');
    expect(errorsFor({ relation: undefined }).relation).toBe('Kies wie de persoon om wie het gaat voor je is, bijvoorbeeld je partner of je kind.');
  });

  test('keeps line breaks in the message and caps it at 1000 characters', () => {
    const ok = parseSignup(form({ message: 'Eerste regel\r\nTweede regel' }));
    expect(ok.ok && ok.data.message).toBe('Eerste regel\nTweede regel');
    expect(parseSignup(form({ message: 'a'.repeat(1000) })).ok).toBe(true);
    expect(errorsFor({ message: 'a'.repeat(1001) }).message).toBe('Je bericht mag niet langer zijn dan 1000 tekens.');
  });

  test('requires consent as a ticked checkbox or true', () => {
    const message = 'Zet een vinkje als je akkoord gaat met hoe wij met je gegevens omgaan.';
    expect(errorsFor({ consent: undefined }).consent).toBe(message);
    expect(errorsFor({ consent: 'off' }).consent).toBe(message);
    expect(errorsFor({ consent: 'true' }).consent).toBe(message);
    expect(parseSignup(form({ consent: true })).ok).toBe(true);
  });

  test('reports a stale or tampered form when the hidden fields are wrong', () => {
    expect(errorsFor({ consentVersion: undefined }).consentVersion).toBe(FORM_PROBLEM);
    expect(errorsFor({ consentVersion: 'v'.repeat(21) }).consentVersion).toBe(FORM_PROBLEM);
    expect(errorsFor({ startedAt: 'yesterday' }).startedAt).toBe(FORM_PROBLEM);
    expect(errorsFor({ startedAt: '' }).startedAt).toBe(FORM_PROBLEM);
    expect(errorsFor({ startedAt: 1.5 }).startedAt).toBe(FORM_PROBLEM);
  });

  test('rejects the form when the honeypot field is filled in', () => {
    expect(errorsFor({ website: 'https://spam.example' })).toEqual({ website: 'Laat dit veld leeg.' });
    expect(parseSignup(form({ website: undefined })).ok).toBe(true);
  });

  test('keeps script-like input as plain text, escaping is left to the output', () => {
    const name = '<script>alert(1)</script>';
    const message = '<img src=x onerror=alert(1)> & "quotes"';
    const result = parseSignup(form({ name, message }));
    expect(result.ok && result.data).toMatchObject({ name, message });
  });

  test('rejects absurdly long input instead of truncating it', () => {
    const errors = errorsFor({
      name: `<script>${'x'.repeat(100_000)}</script>`,
      email: `${'a'.repeat(10_000)}@example.nl`,
      message: `<script>${'x'.repeat(1_000_000)}`,
      phone: '1'.repeat(10_000),
    });
    expect(Object.keys(errors).sort()).toEqual(['email', 'message', 'name', 'phone']);
  });

  test('strips control and bidirectional override characters and flattens line breaks in the name', () => {
    const result = parseSignup(form({ name: 'Sam\u0000\u202e\u0007\nde Vries', email: 'sam@example.nl\u0000' }));
    expect(result.ok && result.data).toMatchObject({ name: 'Sam de Vries', email: 'sam@example.nl' });
  });

  test('rejects a name made only of control characters', () => {
    expect(errorsFor({ name: '\u0000\u0001\u202e' }).name).toBe('Vul je voornaam of een schuilnaam in.');
  });
});

describe('RELATION_LABELS', () => {
  test('labels every relation in Dutch', () => {
    expect(RELATION_LABELS).toEqual({
      partner: 'Partner',
      'ex-partner': 'Ex-partner',
      parent: 'Ouder',
      child: 'Kind',
      sibling: 'Broer of zus',
      friend: 'Vriend of vriendin',
      other: 'Anders',
    });
  });
});
