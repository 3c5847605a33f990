import { Forbidden, getFieldsToSign, jwtSign, type CollectionConfig } from 'payload';
import { IDLE_TIMEOUT_SECONDS, MAX_SESSION_SECONDS } from './sessionPolicy';

type RefreshHook = NonNullable<NonNullable<CollectionConfig['hooks']>['refresh']>[number];

interface Session {
  id: string;
  createdAt?: string | Date | null;
}

/**
 * Renewing a token (the admin does so while in use) gives another 30 minutes, but never past 8
 * hours after the session began: the renewed token's expiry is capped, and a session at its
 * limit is refused, so the admin sends the person to the sign-in screen.
 */
export const capSessionLifetime: RefreshHook = async ({ args, user }) => {
  const { req } = args;
  const sid = (req.user as { _sid?: string } | null)?._sid;
  const session = ((user as { sessions?: Session[] }).sessions ?? []).find((s) => s.id === sid);
  const startedAt = session?.createdAt ? new Date(session.createdAt).getTime() : Number.NaN;
  if (!sid || !Number.isFinite(startedAt)) throw new Forbidden(req.t);
  const remaining = Math.floor((startedAt + MAX_SESSION_SECONDS * 1000 - Date.now()) / 1000);
  if (remaining <= 5) throw new Forbidden(req.t);
  const collectionConfig = args.collection.config;
  const { exp, token } = await jwtSign({
    fieldsToSign: getFieldsToSign({ collectionConfig, email: (user as { email: string }).email, sid, user: req.user as never }),
    secret: req.payload.secret,
    tokenExpiration: Math.min(IDLE_TIMEOUT_SECONDS, remaining),
  });
  return { exp, refreshedToken: token, setCookie: true, strategy: (req.user as { _strategy?: string })._strategy, user } as never;
};
