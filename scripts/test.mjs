// `npm test` (after ensureBuild): the four vitest projects in two lanes that run at the same
// time, each lane one test file at a time. The browser suite (a built server and Chromium per
// file) is one lane; unit, integration and HTTP suites are the other (see HEAVY_HTTP). Each suite leaves much of
// a core idle (it waits on servers, databases and timers), so two lanes use the machine's
// two cores where one lane used about one. Output lines are prefixed with their lane;
// the exit code is non-zero when either lane fails.
//
// `TEST_LANES=1 npm test` runs everything in one lane (one file at a time, as before).
// Arguments are passed to a single vitest run: `npm test -- test/unit/dataKey.spec.ts`.
import { spawn } from 'node:child_process';
import readline from 'node:readline';

const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
const args = process.argv.slice(2);
const oneLane = args.length > 0 || process.env.TEST_LANES === '1';
// The slowest HTTP file (2,000 fuzzed requests) runs in the browser lane, which is otherwise the
// shorter one (measured on a fresh clone: browser 783 s, server 1,070 s with every HTTP file in
// the server lane; 1,003 s and 917 s with this file and signInThrottle in the browser lane).
const HEAVY_HTTP = ['test/http/fuzz.http.spec.ts'];
const projects = (...names) => names.flatMap((name) => ['--project', name]);
const lanes = oneLane
  ? [{ name: '', args: [] }]
  : [
      { name: 'browser', args: [...projects('e2e', 'http'), 'test/e2e/', ...HEAVY_HTTP] },
      { name: 'server', args: [...projects('unit', 'int', 'http'), ...HEAVY_HTTP.flatMap((file) => ['--exclude', file])] },
    ];

function runLane(lane) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...vitest, ...lane.args, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    const prefix = lane.name ? `[${lane.name}] ` : '';
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      readline.createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => out.write(`${prefix}${line}\n`));
    }
    child.on('exit', (code, signal) => resolve({ lane, code: code ?? (signal ? 1 : 0) }));
  });
}

/** The seeded database the in-process suites copy (test/helpers/seededTemplate.ts), made once. */
function makeSeededTemplate() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/makeSeededTemplate.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', () => resolve());
  });
}

const started = Date.now();
const results = await Promise.all(
  lanes.map(async (lane) => {
    // Without the template the suites still pass: each file then seeds its own database.
    if (lane.name === 'server') await makeSeededTemplate();
    return runLane(lane);
  }),
);
const seconds = Math.round((Date.now() - started) / 1000);
for (const { lane, code } of results) {
  if (lane.name) process.stdout.write(`lane ${lane.name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n`);
}
process.stdout.write(`tests finished in ${seconds} s\n`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
