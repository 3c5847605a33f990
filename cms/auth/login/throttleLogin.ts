import { APIError, AuthenticationError, type CollectionBeforeOperationHook } from 'payload';
import { clientAddressOf } from '../../../server/clientAddress';
import { recordAudit } from '../../audit/recordAudit';
import { attemptCounter } from '../../lib/rateLimit/attemptCounter';
import {
  ACCOUNT_POLICY,
  accountKey,
  BUCKETS,
  CLIENT_MAX_ATTEMPTS,
  CLIENT_POLICY,
  growingDelay,
  LOGIN_WINDOW_MS,
} from './loginThrottle';
import { verifyPasswordEvenly } from './verifyPasswordEvenly';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Refused before any password check: this client made too many attempts. */
function tooManyAttempts(): APIError {
  const minutes = Math.max(1, Math.ceil((LOGIN_WINDOW_MS - (Date.now() % LOGIN_WINDOW_MS)) / 60_000));
  return new APIError(
    `Er is te vaak geprobeerd in te loggen vanaf dit netwerk. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    429,
    null,
    true,
  );
}

/**
 * Runs before Payload's own sign-in (admin, REST, GraphQL, Local API): slows attempts down per
 * account and per client (see loginThrottle), then checks the password itself with the same
 * work for known and unknown addresses, so a wrong password answers identically, in the same
 * time, whether or not the address belongs to a staff member. Payload's own account lock is
 * off (`maxLoginAttempts: 0`): it let anyone lock any account.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ operation, args, req }) => {
  if (operation !== 'login') return args;
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data;
  const email = data?.email;
  const password = data?.password;
  // Missing fields: Payload answers with its validation error, the same for every address.
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password.trim()) return args;

  const counter = attemptCounter(req.payload);
  const client = clientAddressOf(req.headers) ?? 'unknown';
  const key = accountKey(email);
  if ((await counter.hit(BUCKETS.clientAttempts, client, LOGIN_WINDOW_MS)) > CLIENT_MAX_ATTEMPTS) throw tooManyAttempts();
  const accountAttempts = await counter.hit(BUCKETS.account, key, LOGIN_WINDOW_MS);
  const clientFailures = await counter.peek(BUCKETS.clientFailures, client, LOGIN_WINDOW_MS);
  await sleep(Math.max(growingDelay(accountAttempts, ACCOUNT_POLICY), growingDelay(clientFailures, CLIENT_POLICY)));

  const account = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: 'users',
    where: { email: { equals: key } },
    req,
  });
  if (await verifyPasswordEvenly(account, password)) {
    await counter.clear(BUCKETS.account, key);
    return args;
  }
  await counter.hit(BUCKETS.clientFailures, client, LOGIN_WINDOW_MS);
  // One entry either way (with the account's id only when there is one), so the work is equal too.
  await recordAudit(req.payload, { action: 'loginFailed', subject: 'users', subjectId: account?.id }, req);
  throw new AuthenticationError(req.t);
};
