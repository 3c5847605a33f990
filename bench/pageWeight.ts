import http from 'node:http';

/** GET over loopback without decoding: the bytes that cross the wire, and the decoded text. */
function rawGet(url: string): Promise<{ wireBytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', async () => {
          const raw = Buffer.concat(chunks);
          const { brotliDecompressSync } = await import('node:zlib');
          const text = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(raw).toString() : raw.toString();
          resolve({ wireBytes: raw.length, text });
        });
      })
      .on('error', reject);
  });
}

/**
 * What a first view of a page transfers (brotli, as browsers ask for it): the HTML and every
 * CSS and JS file it loads, following JS imports. Images are excluded (none on module pages).
 */
export async function pageWeight(base: string, pathname: string): Promise<{ totalBytes: number; jsBytes: number; files: number }> {
  const page = await rawGet(`${base}${pathname}`);
  let totalBytes = page.wireBytes;
  let jsBytes = 0;
  const seen = new Set<string>();
  const queue = [...page.text.matchAll(/(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const asset = queue.shift()!;
    if (seen.has(asset)) continue;
    seen.add(asset);
    const file = await rawGet(`${base}${asset}`);
    totalBytes += file.wireBytes;
    if (asset.endsWith('.js')) {
      jsBytes += file.wireBytes;
      for (const m of file.text.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) queue.push(`/_astro/${m[1]}`);
    }
  }
  return { totalBytes, jsBytes, files: seen.size + 1 };
}
