import { type Endpoint, forgotPasswordOperation, type PayloadRequest } from 'payload';
import { z } from 'zod';
import { clientAddressOf } from '../../../server/clientAddress';
import { attemptCounter } from '../../lib/rateLimit/attemptCounter';
import { readJsonBody } from '../readJsonBody';
import { accountKey } from './loginThrottle';

/** Set only by this endpoint; without it the forgot-password operation refuses (see refuseDirectForgotPassword). */
export const DEFERRED_FORGOT_PASSWORD = 'deferredForgotPassword';

const WINDOW_MS = 15 * 60 * 1000;
/** Reset e-mails per address and requests per client in 15 minutes; beyond it, silently nothing. */
const PER_ACCOUNT = 3;
const PER_CLIENT = 10;

const body = z.strictObject({ email: z.string().trim().min(3).max(254) });

/**
 * POST /api/users/forgot-password, replacing Payload's own: it answers at once with the same
 * body and status for every well-formed address, and only afterwards (detached from the
 * response) looks the address up and queues the reset e-mail. The response therefore cannot
 * tell, by content or by time, whether an address has an account. Requests beyond the limits
 * per address and per client get the same answer and send nothing.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const parsed = body.safeParse(await readJsonBody(req));
    if (!parsed.success) {
      return Response.json({ errors: [{ message: 'Vul een geldig e-mailadres in.' }] }, { status: 400, headers: { 'cache-control': 'no-store' } });
    }
    const email = accountKey(parsed.data.email);
    const counter = attemptCounter(req.payload);
    const client = clientAddressOf(req.headers) ?? 'unknown';
    const [byClient, byAccount] = [await counter.hit('forgot-client', client, WINDOW_MS), await counter.hit('forgot-account', email, WINDOW_MS)];
    if (byClient <= PER_CLIENT && byAccount <= PER_ACCOUNT) void sendResetLater(req, email);
    return Response.json({ message: req.t('general:success') }, { status: 200, headers: { 'cache-control': 'no-store' } });
  },
};

/** Long enough for the answer to have left before the look-up starts competing for the CPU. */
const DEFER_MS = 1_000;

function sendResetLater(req: PayloadRequest, email: string): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, DEFER_MS))
    .then(() => {
      (req.context as Record<string, unknown>)[DEFERRED_FORGOT_PASSWORD] = true;
      return forgotPasswordOperation({ collection: req.payload.collections.users, data: { email } as never, req, disableEmail: false });
    })
    .then(
      () => undefined,
      (error: unknown) => req.payload.logger.error({ msg: 'forgot-password failed', error: (error as Error)?.message?.slice(0, 200) }),
    );
}
