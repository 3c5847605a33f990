import http from 'node:http';

/** A browser-like user agent, so the bot filter lets the beacons through. */
export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0';

/** POSTs one body to /beacon and resolves with the status code, or 0 when the connection failed. */
export function postBeacon(
  baseUrl: string,
  body: string,
  agent: http.Agent,
  headers: Record<string, string> = {},
): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      `${baseUrl}/beacon`,
      { method: 'POST', agent, headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER_UA, ...headers } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

/** Sends all bodies with `concurrency` requests in flight; returns the status codes in order. */
export async function postBeacons(baseUrl: string, bodies: readonly string[], concurrency = 100): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses = new Array<number>(bodies.length);
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const index = next++;
      statuses[index] = await postBeacon(baseUrl, bodies[index] as string, agent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return statuses;
}
