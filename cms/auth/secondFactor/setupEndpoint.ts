import type { Endpoint } from 'payload';
import { beginSetup } from './beginSetup';
import type { StaffAccount } from './accountStore';

/**
 * POST /api/users/second-factor/setup — starts setting up an authenticator app for API
 * clients (the admin shows the same on /admin/tweestapsverificatie): the secret and the
 * `otpauth://` address for the QR code. Refused when the account already has an app and this
 * session has not given its code.
 */
export const setupEndpoint: Endpoint = {
  path: '/second-factor/setup',
  method: 'post',
  handler: async (req) => {
    const user = req.user as (StaffAccount & { _sid?: string }) | null;
    const headers = { 'cache-control': 'no-store' };
    if (!user?._sid) return Response.json({ errors: [{ message: 'Log eerst in met je e-mailadres en wachtwoord.' }] }, { status: 401, headers });
    const setup = await beginSetup(req.payload, user);
    if (!setup.ok) return Response.json({ errors: [{ message: 'Geef eerst een code uit je huidige app.' }] }, { status: 403, headers });
    return Response.json({ secret: setup.secret, uri: setup.uri }, { headers });
  },
};
