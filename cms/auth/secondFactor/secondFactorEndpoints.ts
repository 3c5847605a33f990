import type { Endpoint, PayloadRequest } from 'payload';
import { z } from 'zod';
import { hasRole } from '../../access/roles';
import { recordAudit } from '../../audit/recordAudit';
import { endAllSessions } from '../sessions/endAllSessions';
import { readJsonBody } from '../readJsonBody';
import { confirmSetup } from './confirmSetup';
import { isRecoveryCodeShape } from './recoveryCodes';
import { renewRecoveryCodes } from './renewRecoveryCodes';
import { setupEndpoint } from './setupEndpoint';
import { isSecondFactorPending } from './secondFactorState';
import { normaliseTotpCode } from './totp';
import { verifySecondFactor } from './verifySecondFactor';

const MESSAGES = {
  signIn: 'Log eerst in met je e-mailadres en wachtwoord.',
  invalid: 'Typ de zes cijfers uit de app, of een herstelcode.',
  wrongCode: 'Deze code klopt niet. Typ de code die nu in de app staat; staat de tijd op je telefoon goed?',
  sessionEnded: 'Te vaak een onjuiste code. Log opnieuw in met je wachtwoord.',
  paused: 'Er zijn te vaak onjuiste codes geprobeerd voor dit account. Wacht een kwartier, of vraag een beheerder om hulp.',
  notSetUp: 'Voor dit account is nog geen tweestapsverificatie ingesteld.',
  noSetup: 'Laad deze pagina opnieuw om het instellen te beginnen.',
  notAllowed: 'Geef eerst een code uit je huidige app.',
  forbidden: 'Dit mag alleen een beheerder.',
  notFound: 'Dit account bestaat niet.',
} as const;

const STATUS: Record<keyof typeof MESSAGES, number> = {
  signIn: 401,
  invalid: 400,
  wrongCode: 400,
  sessionEnded: 401,
  paused: 429,
  notSetUp: 409,
  noSetup: 409,
  notAllowed: 403,
  forbidden: 403,
  notFound: 404,
};

/** The one error shape of these endpoints (Payload's own: `errors[].message`). */
function fail(reason: keyof typeof MESSAGES): Response {
  return Response.json({ errors: [{ message: MESSAGES[reason] }] }, { status: STATUS[reason], headers: { 'cache-control': 'no-store' } });
}

function ok(body: Record<string, unknown>): Response {
  return Response.json(body, { headers: { 'cache-control': 'no-store' } });
}

/** The signed-in account and its session, pending or not. */
function sessionOf(req: PayloadRequest): { id: number | string; sid: string } | null {
  const user = req.user as { id?: number | string; _sid?: string } | null;
  return user?.id != null && typeof user._sid === 'string' ? { id: user.id, sid: user._sid } : null;
}

const codeBody = z.strictObject({ code: z.string().max(20) });
const verifyBody = z.union([z.strictObject({ code: z.string().max(20) }), z.strictObject({ recoveryCode: z.string().max(30) })]);

/** POST /api/users/second-factor/confirm — the first code from the app; answers with the recovery codes, once. */
const confirmEndpoint: Endpoint = {
  path: '/second-factor/confirm',
  method: 'post',
  handler: async (req) => {
    const session = sessionOf(req);
    if (!session) return fail('signIn');
    const parsed = codeBody.safeParse(await readJsonBody(req));
    const code = parsed.success ? normaliseTotpCode(parsed.data.code) : null;
    if (!code) return fail('invalid');
    const result = await confirmSetup(req.payload, session.id, session.sid, code, req);
    return result.ok ? ok({ recoveryCodes: result.recoveryCodes }) : fail(result.reason);
  },
};

/** POST /api/users/second-factor/verify — `{ code }` or `{ recoveryCode }` after the password. */
const verifyEndpoint: Endpoint = {
  path: '/second-factor/verify',
  method: 'post',
  handler: async (req) => {
    const session = sessionOf(req);
    if (!session) return fail('signIn');
    const parsed = verifyBody.safeParse(await readJsonBody(req));
    if (!parsed.success) return fail('invalid');
    let input: { code: string } | { recoveryCode: string };
    if ('code' in parsed.data) {
      const code = normaliseTotpCode(parsed.data.code);
      if (!code) return fail('invalid');
      input = { code };
    } else {
      if (!isRecoveryCodeShape(parsed.data.recoveryCode)) return fail('invalid');
      input = { recoveryCode: parsed.data.recoveryCode };
    }
    const result = await verifySecondFactor(req.payload, session.id, session.sid, input, req);
    return result.ok ? ok({ verified: true, recoveryCodesLeft: result.recoveryCodesLeft }) : fail(result.reason);
  },
};

/** POST /api/users/second-factor/recovery-codes — ten new recovery codes (the old ones stop working). */
const renewEndpoint: Endpoint = {
  path: '/second-factor/recovery-codes',
  method: 'post',
  handler: async (req) => {
    const session = sessionOf(req);
    if (!session) return fail('signIn');
    const codes = await renewRecoveryCodes(req.payload, session.id, session.sid, req);
    return codes ? ok({ recoveryCodes: codes }) : fail('notAllowed');
  },
};

/** May the signed-in person end the sessions of account `id`? Administrators: any; others: their own. */
function mayManage(req: PayloadRequest, id: string): boolean {
  if (!req.user || isSecondFactorPending(req.user)) return false;
  return hasRole(req.user, 'admin') || String(req.user.id) === id;
}

/** POST /api/users/:id/logout-everywhere — ends every session of the account, on every device. */
const logoutEverywhereEndpoint: Endpoint = {
  path: '/:id/logout-everywhere',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '');
    if (!req.user) return fail('signIn');
    if (!mayManage(req, id)) return fail('forbidden');
    if (!(await endAllSessions(req.payload, id, {}, req))) return fail('notFound');
    await recordAudit(req.payload, { action: 'logoutEverywhere', actor: req.user.id, subject: 'users', subjectId: id }, req);
    return ok({ loggedOut: true });
  },
};

/**
 * POST /api/users/:id/second-factor/reset — administrators only: for a lost or stolen phone.
 * Ends the account's sessions; at the next sign-in it sets up the app again.
 */
const resetEndpoint: Endpoint = {
  path: '/:id/second-factor/reset',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '');
    if (!req.user) return fail('signIn');
    if (!hasRole(req.user, 'admin')) return fail('forbidden');
    if (!(await endAllSessions(req.payload, id, { forgetSecondFactor: true }, req))) return fail('notFound');
    await recordAudit(req.payload, { action: 'secondFactorReset', actor: req.user.id, subject: 'users', subjectId: id }, req);
    return ok({ reset: true });
  },
};

export const secondFactorEndpoints: Endpoint[] = [setupEndpoint, confirmEndpoint, verifyEndpoint, renewEndpoint, logoutEverywhereEndpoint, resetEndpoint];
