import type { RequestHandler } from 'express';

const ADMIN = /^\/admin(?:\/|$)/;

/**
 * The admin (Next.js) changes data only through the API and through server functions, which
 * always carry a `Next-Action` header. Any other POST, PUT, PATCH or DELETE to an admin page is
 * no real request: Next read a multipart one as a form action and answered 500. Refused here.
 */
export const rejectStrayAdminPosts: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || !ADMIN.test(req.path) || req.headers['next-action']) return next();
  res.status(405).set({ Allow: 'GET, HEAD', 'Cache-Control': 'no-store' }).type('text/plain').send('Deze methode is hier niet toegestaan.');
};
