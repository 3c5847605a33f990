// `npm run dev`: the server with the admin in Next's development mode (hot reload), restarted
// by tsx when server or CMS code changes. The public site is served from its build; it is
// built first when missing (rebuild it with `npm run build -- site` after site changes).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

if (!fs.existsSync('dist/server/entry.mjs')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', 'site'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const env = { ...process.env, NODE_ENV: 'development', DISABLE_PAYLOAD_HMR: 'true', NEXT_TELEMETRY_DISABLED: '1' };
const args = ['--import', 'tsx', 'node_modules/tsx/dist/cli.mjs', 'watch', '--clear-screen=false', '--ignore', 'data/**', '--ignore', 'dist/**', '--ignore', 'cms/.next/**', 'server.ts'];
const child = spawn(process.execPath, args.slice(2), { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
