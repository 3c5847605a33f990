import { type CollectionBeforeOperationHook, Forbidden } from 'payload';
import { DEFERRED_FORGOT_PASSWORD } from './forgotPasswordEndpoint';

/**
 * Over HTTP the forgot-password operation runs only behind our REST endpoint, which answers
 * the same for every address before the lookup. GraphQL's mutation would answer after it, so
 * its timing would tell which addresses have an account: it is refused, for every address
 * alike. Server code (the Local API) may still call it.
 */
export const refuseDirectForgotPassword: CollectionBeforeOperationHook = ({ operation, args, req }) => {
  if (operation !== 'forgotPassword') return args;
  const overHttp = (req.pathname ?? '').startsWith('/api');
  if (overHttp && (req.context as Record<string, unknown>)?.[DEFERRED_FORGOT_PASSWORD] !== true) throw new Forbidden(req.t);
  return args;
};
