import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * The internal header that carries the client address from the edge to Payload (Next) code.
 * Any value a visitor sends under this name is removed before it is set.
 */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';

/**
 * The one place that decides a request's client address. Express computes `req.ip` from the
 * socket and, only when `TRUST_PROXY` is set (`app.set('trust proxy', …)` in createApp.ts),
 * from the configured number of `X-Forwarded-For` hops. Nothing else in the portal may read
 * forwarded headers or Astro's `clientAddress` (which trusts `X-Forwarded-For` blindly).
 *
 * The address is used only as a rate-limit key, hashed before it is stored; it is never logged.
 */
export const attachClientAddress: RequestHandler = (req, _res, next) => {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = req.ip ?? req.socket.remoteAddress;
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  next();
};

/** The address decided by `attachClientAddress`, from a Node request or a Fetch `Headers`. */
export function clientAddressOf(source: IncomingMessage | Headers | { headers: Headers }): string | undefined {
  if (source instanceof Headers) return source.get(CLIENT_ADDRESS_HEADER) ?? undefined;
  const headers = (source as { headers: unknown }).headers;
  if (headers instanceof Headers) return headers.get(CLIENT_ADDRESS_HEADER) ?? undefined;
  const value = (headers as IncomingMessage['headers'])[CLIENT_ADDRESS_HEADER];
  return typeof value === 'string' ? value : undefined;
}
