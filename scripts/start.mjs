// `npm start`: builds when no build exists yet, then serves everything on one port.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const built = fs.existsSync('cms/.next/BUILD_ID') && fs.existsSync('dist/server/entry.mjs') && fs.existsSync('dist/.source-hash');
if (!built) {
  process.stdout.write('No build found: building first (this takes a minute or two)…\n');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const env = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...process.env };
const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
