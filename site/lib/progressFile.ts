/**
 * Progress as a file the visitor downloads and later opens again, made and read entirely in
 * the browser (WebCrypto). The file never reaches our server. With a passphrase the answers
 * are encrypted with AES-GCM under a PBKDF2-SHA-256 key; without one the file is plain JSON.
 *
 * Plain:     { format: 'stopitnow-voortgang', formatVersion: 1, encrypted: false, data: ProgressState }
 * Encrypted: { format, formatVersion: 1, encrypted: true,
 *              kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: base64 (16 bytes) },
 *              cipher: { name: 'AES-GCM', iv: base64 (12 bytes) },
 *              ciphertext: base64 of AES-GCM(UTF-8 JSON of ProgressState) including the tag }
 */
import { isCalendarDay, localCalendarDay } from './calendarDay';
import { upgradeProgress } from './progressMigrations';
import { MAX_STATE_CHARS, type ProgressState } from './progressState';

const FORMAT = 'stopitnow-voortgang';
const FORMAT_VERSION = 1;
/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
const ITERATIONS = 600_000;
// A file can raise the count (future exports may), but not so far that opening it hangs the tab.
const MAX_ITERATIONS = 5_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
// Encrypted UTF-8 in base64 takes up to 4 characters per state character, plus the envelope.
const MAX_FILE_CHARS = MAX_STATE_CHARS * 4 + 10_000;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export type ImportFailure = 'damaged' | 'needs-passphrase' | 'wrong-passphrase' | 'too-large';
export type ImportResult = { ok: true; state: ProgressState } | { ok: false; reason: ImportFailure };

const MESSAGES: Record<ImportFailure, string> = {
  damaged: 'Dit bestand kunnen we niet lezen. Het is beschadigd of het is geen voortgangsbestand. Er is niets veranderd.',
  'needs-passphrase': 'Dit bestand is beveiligd met een wachtwoord. Vul het wachtwoord in en probeer het opnieuw.',
  'wrong-passphrase': 'Het wachtwoord klopt niet. Er is niets veranderd.',
  'too-large': 'Dit bestand is te groot om te openen. Er is niets veranderd.',
};

/** The Dutch message to show when an import failed. */
export function importErrorMessage(reason: ImportFailure): string {
  return MESSAGES[reason];
}

/** The name to save the file under, e.g. `stoppen-is-mogelijk-voortgang-2026-11-22.json`. */
export function progressFileName(today: string): string {
  return isCalendarDay(today) ? `stoppen-is-mogelijk-voortgang-${today}.json` : 'stoppen-is-mogelijk-voortgang.json';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list within engine limits.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || !BASE64.test(text)) return null;
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  // NFC: the same passphrase typed on another device must give the same bytes.
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * The file text for `state`: encrypted when a non-empty passphrase is given, else plain JSON
 * the visitor can read themselves.
 */
export async function exportProgress(state: ProgressState, passphrase?: string): Promise<string> {
  if (!passphrase) {
    return JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, encrypted: false, data: state }, null, 2);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, ITERATIONS);
  const plaintext = new TextEncoder().encode(JSON.stringify(state));
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext));
  return JSON.stringify(
    {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      encrypted: true,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64(salt) },
      cipher: { name: 'AES-GCM', iv: toBase64(iv) },
      ciphertext: toBase64(ciphertext),
    },
    null,
    2,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readState(data: unknown): ImportResult {
  const json = JSON.stringify(data) as string | undefined;
  if (json === undefined) return { ok: false, reason: 'damaged' };
  if (json.length > MAX_STATE_CHARS) return { ok: false, reason: 'too-large' };
  // Through the store's migrations and type guard, so files from older versions open too.
  const state = upgradeProgress(data, localCalendarDay(new Date()));
  return state ? { ok: true, state } : { ok: false, reason: 'damaged' };
}

interface Sealed {
  salt: Uint8Array;
  iterations: number;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

function readSealed(file: Record<string, unknown>): Sealed | null {
  const { kdf, cipher } = file;
  if (!isRecord(kdf) || !isRecord(cipher) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || cipher.name !== 'AES-GCM') {
    return null;
  }
  const { iterations } = kdf;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
    return null;
  }
  const salt = fromBase64(kdf.salt);
  const iv = fromBase64(cipher.iv);
  const ciphertext = fromBase64(file.ciphertext);
  // An AES-GCM ciphertext is at least its 16-byte tag.
  if (!salt || salt.length < SALT_BYTES || iv?.length !== IV_BYTES || !ciphertext || ciphertext.length < 16) return null;
  return { salt, iterations, iv, ciphertext };
}

async function open(sealed: Sealed, passphrase: string): Promise<ImportResult> {
  let plaintext: ArrayBuffer;
  try {
    const key = await deriveKey(passphrase, sealed.salt, sealed.iterations);
    plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as BufferSource }, key, sealed.ciphertext as BufferSource);
  } catch {
    // AES-GCM cannot tell a wrong passphrase from altered bytes; the passphrase is far likelier.
    return { ok: false, reason: 'wrong-passphrase' };
  }
  try {
    return readState(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)));
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/**
 * Reads a progress file. Writes nothing: the caller decides whether to replace the progress
 * (`progressStore.replaceState`) after `ok`. Never rejects.
 */
export async function importProgress(text: string, passphrase?: string): Promise<ImportResult> {
  if (typeof text !== 'string') return { ok: false, reason: 'damaged' };
  if (text.length > MAX_FILE_CHARS) return { ok: false, reason: 'too-large' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (!isRecord(file) || file.format !== FORMAT || file.formatVersion !== FORMAT_VERSION) return { ok: false, reason: 'damaged' };
  if (file.encrypted === false) return readState(file.data);
  if (file.encrypted !== true) return { ok: false, reason: 'damaged' };
  const sealed = readSealed(file);
  if (!sealed) return { ok: false, reason: 'damaged' };
  if (!passphrase) return { ok: false, reason: 'needs-passphrase' };
  return open(sealed, passphrase);
}
