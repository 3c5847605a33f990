import { beforeAll, describe, expect, test } from 'vitest';
import { assessPassword } from '../../cms/auth/password/assessPassword';

/** The estimator builds its dictionaries on first use (a few seconds on a loaded machine). */
const SLACK = 30_000;

describe('assessPassword', () => {
  beforeAll(() => {
    assessPassword('opwarmen-opwarmen');
  }, SLACK);

  test('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(assessPassword('kort').acceptable).toBe(false);
    expect(assessPassword('kort').message).toBe('Je wachtwoord heeft 4 tekens. Het moeten er minstens 12 zijn.');
    expect(assessPassword('ééééééééééé').message).toContain('11 tekens');
  }, SLACK);

  test('refuses long but guessable passwords, with Dutch advice and no call for symbols', () => {
    for (const weak of ['wachtwoord12', 'Welkom2024!!', 'Zomervakantie2023', 'qwertyuiop123', 'aaaaaaaaaaaaaaaa']) {
      const verdict = assessPassword(weak);
      expect(verdict.acceptable, weak).toBe(false);
      expect(verdict.message).toMatch(/te makkelijk te raden/);
    }
    const all = JSON.stringify(['wachtwoord12', 'Welkom2024!!'].map((p) => assessPassword(p)));
    expect(all).not.toMatch(/hoofdletter in|speciale tekens|voeg .*cijfer/i);
  }, SLACK);

  test('refuses a password built from the person’s own name or address', () => {
    expect(assessPassword('jan.jansen1985', ['jan.jansen@example.org', 'Jan Jansen']).acceptable).toBe(false);
    expect(assessPassword('stopitnow2026!', []).acceptable).toBe(false);
  }, SLACK);

  test('accepts a passphrase of unrelated words without capitals, digits or symbols', () => {
    expect(assessPassword('fiets regen koffie om acht')).toMatchObject({ acceptable: true, score: 4 });
    expect(assessPassword('paard batterij nietje correct')).toMatchObject({ acceptable: true });
  }, SLACK);

  test('refuses more than 256 characters', () => {
    expect(assessPassword('x'.repeat(257)).message).toBe('Je wachtwoord is te lang: hoogstens 256 tekens.');
    expect(assessPassword(`${'fiets regen koffie '.repeat(13)}`.slice(0, 256)).acceptable).toBe(true);
  }, SLACK);
});
