import { TOTP } from 'otpauth';
import type { Payload } from 'payload';

/** The claims of a session token (id, sid, exp…), read without checking the signature. */
export function tokenClaims(token: string): { id: number | string; sid: string; exp: number; iat: number } {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** The current code of an authenticator app holding `secret`, as the person would type it. */
export function codeFor(secret: string, at: number = Date.now()): string {
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at });
}

/** A code from the next 30-second period: a fresh code when the current one was just used. */
export function nextCodeFor(secret: string): string {
  return codeFor(secret, Date.now() + 30_000);
}

/**
 * A code the server will accept now for this account: later than the last one it accepted
 * (a code works once), waiting for the next 30-second period when needed.
 */
export async function freshCodeFor(payload: Payload, secret: string, userId: number | string): Promise<string> {
  const { readAccount } = await import('../../cms/auth/secondFactor/accountStore');
  const last = (await readAccount(payload, userId))?.secondFactor?.lastStep ?? 0;
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, last + 1);
    if (step <= now + 1) return codeFor(secret, step * 30_000 + 1_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * Gives the second factor for the session of `token` through the Local API services, setting
 * up an app first when the account has none. Returns the app's secret.
 */
export async function passSecondFactor(payload: Payload, token: string): Promise<string> {
  const { id, sid } = tokenClaims(token);
  const { beginSetup } = await import('../../cms/auth/secondFactor/beginSetup');
  const { confirmSetup } = await import('../../cms/auth/secondFactor/confirmSetup');
  const { readAccount } = await import('../../cms/auth/secondFactor/accountStore');
  const account = await readAccount(payload, id);
  const setup = await beginSetup(payload, { ...account!, _sid: sid });
  if (!setup.ok) throw new Error('this account already has an app; use verifySecondFactor');
  const confirmed = await confirmSetup(payload, id, sid, codeFor(setup.secret));
  if (!confirmed.ok) throw new Error(`second factor not confirmed: ${confirmed.reason}`);
  return setup.secret;
}

/**
 * The same over HTTP, as an API client would: set up an app for the session of `token` (a
 * first sign-in) and confirm it with a code computed from the secret. Returns the secret and
 * the recovery codes.
 */
export async function passSecondFactorOverHttp(baseUrl: string, token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` };
  const setup = await fetch(`${baseUrl}/api/users/second-factor/setup`, { method: 'POST', headers });
  if (!setup.ok) throw new Error(`setup refused: ${setup.status} ${await setup.text()}`);
  const { secret } = (await setup.json()) as { secret: string };
  const confirm = await fetch(`${baseUrl}/api/users/second-factor/confirm`, { method: 'POST', headers, body: JSON.stringify({ code: codeFor(secret) }) });
  if (!confirm.ok) throw new Error(`confirm refused: ${confirm.status} ${await confirm.text()}`);
  const { recoveryCodes } = (await confirm.json()) as { recoveryCodes: string[] };
  return { secret, recoveryCodes };
}

/** What a test keeps of one staff member's authenticator app between sign-ins. */
export interface TestApp {
  secret?: string;
  /** The last 30-second period whose code was used (a code works once). */
  lastStep?: number;
}

/**
 * Signs in over HTTP as a staff member would and passes the second step: the first time it
 * sets up an app (its secret is kept in `app`), later it gives a code the server has not seen
 * yet, waiting for the next 30-second period when needed. Returns the session token.
 */
export async function signInOverHttp(baseUrl: string, email: string, password: string, app: TestApp): Promise<string> {
  const login = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`login refused: ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  if (!app.secret) {
    app.secret = (await passSecondFactorOverHttp(baseUrl, token)).secret;
    app.lastStep = Math.floor(Date.now() / 30_000);
    return token;
  }
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, (app.lastStep ?? 0) + 1);
    if (step <= now + 1) {
      const verify = await fetch(`${baseUrl}/api/users/second-factor/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ code: codeFor(app.secret, step * 30_000 + 1_000) }),
      });
      if (!verify.ok) throw new Error(`second step refused: ${verify.status} ${await verify.text()}`);
      app.lastStep = step;
      return token;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
