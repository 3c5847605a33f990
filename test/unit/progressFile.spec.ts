import { describe, expect, test } from 'vitest';
import { exportProgress, importErrorMessage, importProgress, progressFileName } from '../../site/lib/progressFile';
import type { ProgressState } from '../../site/lib/progressStore';

const SECRET_ANSWER = 'Als ik me eenzaam voel, ga ik zoeken';

const state: ProgressState = {
  version: 1,
  updatedAt: '2026-11-22',
  lastModule: 'triggers',
  modules: {
    triggers: {
      started: true,
      finished: false,
      before: { 'herken-triggers': 2 },
      answers: { reflectie: SECRET_ANSWER, lijst: ['moe', 'verveling'], dagboek: { voor: 8, na: 3 } },
    },
  },
};

const PASSPHRASE = 'lange zin als wachtwoord';

interface EncryptedFile {
  kdf: { salt: string; iterations: unknown };
  cipher: { iv: string };
  ciphertext: string;
}

/** The encrypted file as an object, to change one field. */
async function encryptedFile(): Promise<EncryptedFile> {
  return JSON.parse(await exportProgress(state, PASSPHRASE));
}

describe('progressFile', () => {
  test('round-trips a plain file that the visitor can read', async () => {
    const text = await exportProgress(state);
    expect(JSON.parse(text)).toEqual({ format: 'stopitnow-voortgang', formatVersion: 1, encrypted: false, data: state });
    expect(await importProgress(text)).toEqual({ ok: true, state });
  });

  test('round-trips an encrypted file with the documented envelope', async () => {
    const text = await exportProgress(state, PASSPHRASE);
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'stopitnow-voortgang',
      formatVersion: 1,
      encrypted: true,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(Buffer.from(file.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(file.cipher.iv, 'base64')).toHaveLength(12);
    expect(file).not.toHaveProperty('data');

    expect(await importProgress(text, PASSPHRASE)).toEqual({ ok: true, state });
  });

  test('writes no answer, key or module name in clear in an encrypted file', async () => {
    const text = await exportProgress(state, PASSPHRASE);
    for (const clear of [SECRET_ANSWER, 'eenzaam', 'reflectie', 'triggers', 'verveling']) {
      expect(text).not.toContain(clear);
    }
  });

  test('uses a fresh salt and IV for every export', async () => {
    const [first, second] = await Promise.all([encryptedFile(), encryptedFile()]);
    expect(first.kdf.salt).not.toBe(second.kdf.salt);
    expect(first.cipher.iv).not.toBe(second.cipher.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
  });

  test('refuses a wrong passphrase', async () => {
    const text = await exportProgress(state, PASSPHRASE);
    expect(await importProgress(text, 'een ander wachtwoord')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  test('asks for a passphrase when the file is encrypted and none was given', async () => {
    const text = await exportProgress(state, PASSPHRASE);
    expect(await importProgress(text)).toEqual({ ok: false, reason: 'needs-passphrase' });
    expect(await importProgress(text, '')).toEqual({ ok: false, reason: 'needs-passphrase' });
  });

  test('calls a truncated or altered file damaged', async () => {
    const plain = await exportProgress(state);
    const encrypted = await exportProgress(state, PASSPHRASE);
    const damaged = { ok: false, reason: 'damaged' };

    expect(await importProgress(plain.slice(0, plain.length / 2))).toEqual(damaged);
    expect(await importProgress(encrypted.slice(0, -40), PASSPHRASE)).toEqual(damaged);
    expect(await importProgress('geen json')).toEqual(damaged);
    expect(await importProgress(JSON.stringify({ format: 'iets-anders', formatVersion: 1, encrypted: false, data: state }))).toEqual(damaged);
    const badState = { ...state, modules: { triggers: { ...state.modules.triggers, started: 'ja' } } };
    expect(await importProgress(JSON.stringify({ format: 'stopitnow-voortgang', formatVersion: 1, encrypted: false, data: badState }))).toEqual(
      damaged,
    );
    const file = await encryptedFile();
    file.cipher.iv = 'AAAA';
    expect(await importProgress(JSON.stringify(file), PASSPHRASE)).toEqual(damaged);
  });

  test('refuses iteration counts below 600,000 or above 5,000,000', async () => {
    const file = await encryptedFile();
    for (const iterations of [599_999, 1_000, 5_000_001, 600_000.5, '600000']) {
      file.kdf.iterations = iterations;
      expect(await importProgress(JSON.stringify(file), PASSPHRASE)).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  test('refuses a file that is too large before reading it', async () => {
    const huge = JSON.stringify({ format: 'stopitnow-voortgang', formatVersion: 1, encrypted: false, data: 'x'.repeat(4_100_000) });
    expect(await importProgress(huge)).toEqual({ ok: false, reason: 'too-large' });
  });

  test('refuses progress larger than the store can keep', async () => {
    const answers = Object.fromEntries(Array.from({ length: 210 }, (_, index) => [`vraag-${index}`, 'z'.repeat(5_000)]));
    const big = { ...state, modules: { triggers: { started: true, finished: false, answers } } };
    const text = JSON.stringify({ format: 'stopitnow-voortgang', formatVersion: 1, encrypted: false, data: big });
    expect(await importProgress(text)).toEqual({ ok: false, reason: 'too-large' });
  });

  test('explains every failure in Dutch', () => {
    expect(importErrorMessage('wrong-passphrase')).toBe('Het wachtwoord klopt niet. Er is niets veranderd.');
    expect(importErrorMessage('needs-passphrase')).toMatch(/wachtwoord/);
    expect(importErrorMessage('damaged')).toMatch(/niets veranderd/);
    expect(importErrorMessage('too-large')).toMatch(/te groot/);
  });

  test('names the file after the day', () => {
    expect(progressFileName('2026-11-22')).toBe('stoppen-is-mogelijk-voortgang-2026-11-22.json');
    expect(progressFileName('22-11-2026')).toBe('stoppen-is-mogelijk-voortgang.json');
  });
});
