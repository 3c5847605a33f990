import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body up to `maxBytes + 1` bytes: enough for the caller to see that a body
 * is too large, without holding a large upload in memory. Resolves null when the client
 * went away before the end.
 */
export function readCappedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (value: Buffer | null) => {
      req.removeAllListeners('data');
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        done(Buffer.concat(chunks).subarray(0, maxBytes + 1));
      }
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', () => done(null));
    req.on('close', () => {
      if (!req.complete) done(null);
    });
  });
}
