import type { Server } from 'node:http';

/**
 * Graceful close: stop accepting, let in-flight requests finish, close idle keep-alive
 * sockets, and force-close whatever is still open after the grace period.
 */
export function trackConnections(server: Server) {
  return {
    drain(graceMs: number): Promise<void> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          server.closeAllConnections();
        }, graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
