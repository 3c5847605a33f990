import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  /** Envelope recipients, as the server received them. */
  to: string[];
  parsed: ParsedMail;
}

export interface SmtpCapture {
  port: number;
  url: string;
  messages: CapturedMail[];
  /** 'accept' stores messages; 'reject' answers 451 to every message. */
  mode: 'accept' | 'reject';
  /** Milliseconds the server takes before answering each message (a slow mail server). */
  delayMs: number;
  /** Stops listening (the address refuses connections) until `start()` again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 and a random port that captures (or refuses) every
 * message, for tests of the outbox and of the browser flow.
 */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const capture = { messages: [] as CapturedMail[], mode: 'accept' as 'accept' | 'reject', delayMs: 0 };
  let server: SMTPServer | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', async () => {
            if (capture.delayMs) await new Promise((resolve) => setTimeout(resolve, capture.delayMs));
            if (capture.mode === 'reject') {
              callback(Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 }));
              return;
            }
            simpleParser(Buffer.concat(chunks)).then(
              (parsed) => {
                capture.messages.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
                callback();
              },
              (error: Error) => callback(error),
            );
          });
        },
      });
      s.server.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        const address = s.server.address();
        port = typeof address === 'object' && address ? address.port : port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });

  await listen();
  return Object.assign(capture, {
    port,
    url: `smtp://127.0.0.1:${port}`,
    stop,
    start: listen,
    close: stop,
  });
}
