import type { Endpoint } from 'payload';
import QRCode from 'qrcode';
import { hasRole } from '../../access/roles';
import { runtimeConfig } from '../../lib/runtimeConfig';

/** The short link printed on posters: stable for as long as the code exists. */
export function shortLink(code: string): string {
  return `${runtimeConfig().publicUrl}/k/${code}`;
}

/**
 * GET /api/campaign-sources/:id/qr?format=svg|png — a QR code of the source's short link.
 * PNG is 1200 px square (10 cm at 300 dpi) for print.
 */
export const qrEndpoint: Endpoint = {
  path: '/:id/qr',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor')) return Response.json({ error: 'Forbidden' }, { status: 403 });
    const id = String(req.routeParams?.id ?? '');
    const format = new URL(req.url ?? '', 'http://x').searchParams.get('format') === 'png' ? 'png' : 'svg';
    const source = await req.payload
      .findByID({ collection: 'campaign-sources', id, depth: 0, req, overrideAccess: false })
      .catch(() => null);
    if (!source) return Response.json({ error: 'Not found' }, { status: 404 });
    const url = shortLink(source.code);
    const filename = `qr-${source.code}.${format}`;
    const headers = {
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    };
    if (format === 'png') {
      const png = await QRCode.toBuffer(url, { type: 'png', width: 1200, margin: 4, errorCorrectionLevel: 'M' });
      return new Response(new Uint8Array(png), { headers: { ...headers, 'content-type': 'image/png' } });
    }
    const svg = await QRCode.toString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
    return new Response(svg, { headers: { ...headers, 'content-type': 'image/svg+xml' } });
  },
};
