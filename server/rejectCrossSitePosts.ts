import type { RequestHandler } from 'express';

/**
 * The public site's forms (group sign-up, e-mailed links) carry no session, but a post from
 * another site is still never legitimate. Browsers say where a request comes from in
 * Sec-Fetch-Site; Origin is "null" under our Referrer-Policy: no-referrer, so it cannot be used.
 */
export const rejectCrossSitePosts: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    res.status(403).type('text/plain').send('Dit formulier kan alleen vanaf deze website worden verstuurd.');
    return;
  }
  next();
};
