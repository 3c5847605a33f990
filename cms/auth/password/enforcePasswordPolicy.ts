import { type CollectionBeforeOperationHook, ValidationError } from 'payload';

type Data = { password?: unknown; email?: unknown; name?: unknown; token?: unknown } | undefined;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The e-mail address and name of the account whose password is being reset, found by its token. */
async function accountOfResetToken(args: Parameters<CollectionBeforeOperationHook>[0], token: string): Promise<string[]> {
  const user = await args.req.payload.db.findOne<{ id: number | string; email?: string; name?: string }>({
    collection: 'users',
    where: { resetPasswordToken: { equals: token } },
    req: args.req,
  });
  return [user?.email, user?.name].filter((v): v is string => typeof v === 'string');
}

/**
 * Every new password (first account, new account, change, reset) must be at least 12
 * characters and hard to guess; see assessPassword. Refused with a Dutch explanation on the
 * password field. Runs for the admin, REST, GraphQL and the Local API alike.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async (hookArgs) => {
  const { operation, args, req } = hookArgs;
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args;
  const data = (args as { data?: Data }).data;
  const password = data?.password;
  // No new password in this operation: Payload itself requires one where it must be given.
  if (password === undefined || password === null || password === '') return args;
  if (typeof password !== 'string') {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', label: 'Wachtwoord', message: 'Vul een wachtwoord in.' }], req }, req.t);
  }
  const personal = [text(data?.email), text(data?.name), text(req.user?.email), text((req.user as { name?: unknown } | null)?.name)];
  if (operation === 'resetPassword' && typeof data?.token === 'string') personal.push(...(await accountOfResetToken(hookArgs, data.token)));
  // The estimator and its word lists load when a password is first set, not at every start.
  const { assessPassword } = await import('./assessPassword');
  const verdict = assessPassword(password, personal);
  if (!verdict.acceptable) {
    const message = [verdict.message, ...verdict.hints, 'Je hoeft geen hoofdletters, cijfers of leestekens te gebruiken.'].join(' ');
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', label: 'Wachtwoord', message }], req }, req.t);
  }
  return args;
};
