/**
 * Test-only preload for the built server (NODE_OPTIONS=--require …): moves the process's clock
 * by the number of milliseconds written in the file SHIFTED_CLOCK_FILE, so an end-to-end test
 * can let the server count on the same (moved) day as the browser's moved clock. Read at most
 * every 100 ms; without the variable nothing changes. Never loaded by the application itself.
 */
const fs = require('node:fs');

const file = process.env.SHIFTED_CLOCK_FILE;
if (file) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  let offset = 0;
  let readAt = Number.NEGATIVE_INFINITY;
  const now = () => {
    const real = realNow();
    if (real - readAt > 100) {
      readAt = real;
      try {
        offset = Number(fs.readFileSync(file, 'utf8')) || 0;
      } catch {
        offset = 0;
      }
    }
    return real + offset;
  };
  const ShiftedDate = function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length > 0 ? new RealDate(...args) : new RealDate(now());
  };
  ShiftedDate.prototype = RealDate.prototype;
  // Own properties, not inherited ones: some code (Next.js) rebuilds Date from its own keys.
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  ShiftedDate.now = now;
  globalThis.Date = ShiftedDate;
}
