// Minimal types for the two test-only mail packages, which ship none.
declare module 'smtp-server' {
  import type { Readable } from 'node:stream';
  export interface SMTPServerSession {
    envelope: { mailFrom: { address: string } | false; rcptTo: { address: string }[] };
  }
  export interface SMTPServerOptions {
    authOptional?: boolean;
    disabledCommands?: string[];
    logger?: boolean;
    onData?(stream: Readable, session: SMTPServerSession, callback: (error?: Error | null) => void): void;
  }
  export class SMTPServer {
    constructor(options?: SMTPServerOptions);
    listen(port: number, host: string, callback?: () => void): void;
    close(callback?: () => void): void;
    server: import('node:net').Server;
  }
}

declare module 'mailparser' {
  export interface ParsedMail {
    subject?: string;
    text?: string;
    html?: string | false;
    messageId?: string;
    from?: { value: { address?: string; name: string }[]; text: string };
    to?: { value: { address?: string; name: string }[]; text: string } | { value: { address?: string; name: string }[]; text: string }[];
    attachments: { filename?: string; contentType: string; content: Buffer }[];
  }
  export function simpleParser(source: Buffer | string | import('node:stream').Readable): Promise<ParsedMail>;
}
