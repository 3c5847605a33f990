import type { SendMailOptions, Transporter } from 'nodemailer';
import type { RuntimeConfig } from '../../lib/runtimeConfig';
import type { MailTransport, OutgoingMail } from './outboxTypes';
import { writeEmlFile } from './writeEmlFile';

type MailConfig = Pick<RuntimeConfig, 'smtpUrl' | 'dataDir' | 'mailFrom' | 'mailFromName'>;

/**
 * The mail transport from configuration: SMTP when `SMTP_URL` is set, otherwise every email
 * is written as an .eml file to `DATA_DIR/mail/`, so the whole flow can be tried without a
 * mail server. The sender is `MAIL_FROM_NAME <MAIL_FROM>`. Nodemailer is loaded with the
 * first e-mail, not at start: most processes never send one.
 */
export function createTransport(config: MailConfig): MailTransport {
  const from = { name: config.mailFromName, address: config.mailFrom };
  let transporter: Promise<Transporter> | null = null;
  const connect = (options: object) => {
    transporter ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(options, { from }));
    return transporter;
  };
  const close = () => void transporter?.then((t) => t.close(), () => undefined);
  if (config.smtpUrl) {
    const url = new URL(config.smtpUrl);
    const options = {
      url: config.smtpUrl,
      // Fail fast while the server is down; the outbox retries later anyway.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    };
    return {
      description: `SMTP ${url.hostname}${url.port ? `:${url.port}` : ''}`,
      async send(mail) {
        await (await connect(options)).sendMail(toMessage(mail));
      },
      close,
    };
  }
  return {
    description: `files in ${config.dataDir}/mail (SMTP_URL is not set)`,
    async send(mail) {
      const info = await (await connect({ streamTransport: true, buffer: true, newline: 'unix' })).sendMail(toMessage(mail));
      writeEmlFile(config.dataDir, info.message as Buffer);
    },
    close,
  };
}

function toMessage(mail: OutgoingMail): SendMailOptions {
  return {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    attachments: mail.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}
