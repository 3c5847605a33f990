/**
 * The one HTTP entry: `tsx server.ts` (npm start builds first when needed).
 * Prints one clear line and exits non-zero on configuration mistakes.
 */
import { ConfigError, runtimeConfig } from './cms/lib/runtimeConfig';
import { log } from './server/logger';

let stage = 'config';
// If start-up ever waits on something that can never finish, Node would exit quietly with
// code 0 once nothing is left to run. Say where it stopped, and fail.
process.on('beforeExit', () => {
  if (stage === 'listening') return;
  process.stderr.write(`Startup stalled during: ${stage}\n`);
  process.exit(1);
});

async function main(): Promise<void> {
  try {
    runtimeConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  stage = 'loading the server';
  const { startServer } = await import('./server/startServer');
  const running = await startServer({ onStage: (name) => (stage = name) });
  stage = 'listening';
  log.info('listening', { url: running.url });
  process.stdout.write(`\nStop it Now! portal running at ${running.url}  (admin: ${running.url}/admin)\n\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    running
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Startup failed: ${message.split('\n')[0]}\n`);
  process.exit(1);
});
