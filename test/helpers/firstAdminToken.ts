import { passSecondFactorOverHttp } from './secondFactor';

/**
 * Creates the first staff account through the admin API, as a new installation's first visitor
 * would (it always becomes an administrator), passes the second sign-in step over HTTP and
 * returns the session token.
 */
export async function firstAdminToken(baseUrl: string): Promise<string> {
  const password = 'lang-en-sterk-beheerwachtwoord-2026';
  const res = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@example.org', password, confirmPassword: password }),
  });
  if (res.status >= 300) throw new Error(`first-register failed: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  await passSecondFactorOverHttp(baseUrl, token);
  return token;
}
