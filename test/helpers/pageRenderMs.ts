/** One ordinary page render (the not-found page) takes about this long on an idle 2-core machine. */
export const IDLE_RENDER_MS = 25;

/**
 * How fast this machine is right now: the median time of seven sequential renders of the
 * not-found page. Latency bounds in tests scale with it, so a test still catches a stall (a
 * request that holds the server for seconds) without failing because other work shares the CPU.
 */
export async function pageRenderMs(baseUrl: string): Promise<number> {
  const renders: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await (await fetch(`${baseUrl}/bestaat-niet-${i}-${Date.now()}`)).arrayBuffer();
    renders.push(performance.now() - started);
  }
  return renders.sort((a, b) => a - b)[3] ?? 0;
}

/** `idleBoundMs` on an idle machine, growing in proportion when the machine is slower. */
export function scaledBound(idleBoundMs: number, renderMs: number): number {
  return Math.max(idleBoundMs, (idleBoundMs / IDLE_RENDER_MS) * renderMs);
}
