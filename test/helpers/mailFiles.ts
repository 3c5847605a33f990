import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

export interface MailFile {
  to: string;
  subject: string;
  text: string;
}

/**
 * The e-mails a server without SMTP_URL has sent: the .eml files in DATA_DIR/mail, parsed.
 * Once sent, an e-mail's address and text are erased from the outbox, so tests that check
 * what went out read it here.
 */
export async function mailFiles(dataDir: string): Promise<MailFile[]> {
  const dir = path.join(dataDir, 'mail');
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const parsed = await simpleParser(await fs.readFile(path.join(dir, name)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
      return { to, subject: parsed.subject ?? '', text: parsed.text ?? '' };
    }),
  );
}
