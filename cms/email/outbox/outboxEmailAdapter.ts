import { randomUUID } from 'node:crypto';
import type { EmailAdapter } from 'payload';
import { queueEmail } from './queueEmail';

function firstAddress(to: unknown): string | null {
  const first: unknown = Array.isArray(to) ? to[0] : to;
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'address' in first && typeof first.address === 'string') return first.address;
  return null;
}

/** A plain-text part for mail programs that show no HTML (Payload sends HTML only). */
function htmlToText(html: string): string {
  return html
    .replace(/<a [^>]*href="([^"]+)"[^>]*>(.*?)<\/a>/gi, '$2 ($1)')
    .replace(/<(br|\/p|\/div|\/h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Payload's own e-mails (staff: forgot password, account verification) go through the same
 * outbox as every other e-mail, so they share its retry, encryption at rest and transport.
 */
export function outboxEmailAdapter({ fromAddress, fromName }: { fromAddress: string; fromName: string }): EmailAdapter {
  return ({ payload }) => ({
    name: 'outbox',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      const to = firstAddress(message.to);
      if (!to) return { queued: false };
      return queueEmail(payload, {
        to,
        kind: 'staffAccount',
        dedupeKey: `staff:${randomUUID()}`,
        email: { subject: String(message.subject ?? ''), text: message.text ? String(message.text) : htmlToText(String(message.html ?? '')), html: String(message.html ?? '') },
      });
    },
  });
}
