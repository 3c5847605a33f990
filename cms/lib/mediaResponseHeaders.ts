/**
 * Uploaded files are data, never documents that may run anything: no script, no plugin, no
 * frame, no request anywhere (`default-src 'none'`, `sandbox`); inline styles only, so an SVG
 * opened on its own still draws. Shared by the server's header middleware and Payload's file
 * route, so whichever writes last writes the same.
 */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

/** Headers for a file served from the media library. SVG is offered as a download when opened directly. */
export function mediaResponseHeaders(headers: Headers, fileName?: string): Headers {
  headers.set('Content-Security-Policy', MEDIA_CONTENT_SECURITY_POLICY);
  headers.set('X-Content-Type-Options', 'nosniff');
  const type = headers.get('content-type') ?? '';
  if (/svg/i.test(type) || /\.svgz?$/i.test(fileName ?? '')) headers.set('Content-Disposition', 'attachment');
  return headers;
}
