/**
 * Structured JSON logs on stdout/stderr. Nothing here may ever receive a client IP address,
 * a user agent or a public page's query string: callers pass only what is listed in `LogFields`.
 */
export interface LogFields {
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  count?: number;
  [key: string]: string | number | boolean | undefined;
}

type Level = 'info' | 'warn' | 'error';

function write(level: Level, msg: string, fields: LogFields = {}): void {
  if (process.env.LOG_LEVEL === 'silent') return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

export const log = {
  info: (msg: string, fields?: LogFields) => write('info', msg, fields),
  warn: (msg: string, fields?: LogFields) => write('warn', msg, fields),
  error: (msg: string, fields?: LogFields) => write('error', msg, fields),
};
