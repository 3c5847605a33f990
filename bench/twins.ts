import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';

/** The bytes a page sends for one Accept-Encoding, and the encoding header that goes with them. */
export interface PageBytes {
  body: Buffer;
  contentEncoding: string | null;
}

export interface Twin {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function writeBytes(dir: string, page: PageBytes): void {
  fs.mkdirSync(path.join(dir, 'www'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'www', 'index.html'), page.body);
}

/** True when Debian's nginx (nginx-light) is installed. */
export function hasNginx(): boolean {
  return fs.existsSync('/usr/sbin/nginx');
}

/**
 * nginx serving the same bytes as the page (same Content-Encoding), with one worker process,
 * started on a random loopback port from a temporary configuration and stopped by `close`.
 * Access log on (to a file), as the portal logs every request too.
 */
export async function nginxTwin(page: PageBytes): Promise<Twin> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-nginx-'));
  writeBytes(dir, page);
  // Started as root, nginx's worker runs as `nobody`: it must be able to read the page.
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.join(dir, 'www'), 0o755);
  fs.chmodSync(path.join(dir, 'www', 'index.html'), 0o644);
  const port = await freePort();
  const encoding = page.contentEncoding ? `add_header Content-Encoding ${page.contentEncoding};` : '';
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location = /index.html { default_type text/html; ${encoding} add_header Vary Accept-Encoding; }
  }
}
`,
  );
  const child: ChildProcess = spawn('/usr/sbin/nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/index.html`;
  for (let i = 0; ; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (child.exitCode !== null || i > 100) {
      child.kill('SIGTERM');
      throw new Error(`nginx did not start: ${stderr}${fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    async close() {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** express.static serving the same bytes (same Content-Encoding) from a temporary folder. */
export async function expressStaticTwin(page: PageBytes): Promise<Twin> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sin-static-'));
  writeBytes(dir, page);
  const app = express();
  app.use(
    express.static(path.join(dir, 'www'), {
      setHeaders: (res) => {
        if (page.contentEncoding) res.setHeader('Content-Encoding', page.contentEncoding);
        res.setHeader('Vary', 'Accept-Encoding');
      },
    }),
  );
  // Requests wrk left in flight may still arrive while the folder is removed: answer them quietly.
  app.use(((_error, _req, res, _next) => void res.status(404).end()) as express.ErrorRequestHandler);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
