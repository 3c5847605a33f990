import type { Payload } from 'payload';

/**
 * Another Payload instance on the same database as the current test Payload (same DATA_DIR,
 * its own connection), standing in for a second server process in integration tests of the
 * atomic operations. Close it with `payload.destroy()` before the test Payload.
 */
export async function openSecondPayload(name: string): Promise<Payload> {
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/payload.config');
  return getPayload({ config, key: `second-${name}-${process.env.DATA_DIR}` } as never);
}
