import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { RuntimeConfig } from '../../lib/runtimeConfig';
import type { MailTransport, OutgoingMail } from './outboxTypes';
import { writeEmlFile } from './writeEmlFile';

type MailConfig = Pick<RuntimeConfig, 'smtpUrl' | 'dataDir' | 'mailFrom' | 'mailFromName'>;

/**
 * The mail transport from configuration: SMTP when `SMTP_URL` is set, otherwise every email
 * is written as an .eml file to `DATA_DIR/mail/`, so the whole flow can be tried without a
 * mail server. The sender is `MAIL_FROM_NAME <MAIL_FROM>`.
 */
export function createTransport(config: MailConfig): MailTransport {
  const from = { name: config.mailFromName, address: config.mailFrom };
  if (config.smtpUrl) {
    const transporter = nodemailer.createTransport(
      {
        url: config.smtpUrl,
        // Fail fast while the server is down; the outbox retries later anyway.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      },
      { from },
    );
    const url = new URL(config.smtpUrl);
    return {
      description: `SMTP ${url.hostname}${url.port ? `:${url.port}` : ''}`,
      async send(mail) {
        await transporter.sendMail(toMessage(mail));
      },
      close: () => transporter.close(),
    };
  }
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from });
  return {
    description: `files in ${config.dataDir}/mail (SMTP_URL is not set)`,
    async send(mail) {
      const info = await transporter.sendMail(toMessage(mail));
      writeEmlFile(config.dataDir, info.message as Buffer);
    },
    close: () => transporter.close(),
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
