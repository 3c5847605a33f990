import { randomBytes } from 'node:crypto';
import type { ContactSite } from '../../cms/contact/types';

/** A one-time form key, as the contact pages put in every form. */
export const submissionKey = () => randomBytes(16).toString('base64url');

/** A filled-in contact form as the browser posts it; override any field. */
export function contactForm(overrides: Record<string, string> = {}): Record<string, string> {
  return { message: 'Ik maak me zorgen over wat ik online bekijk. Kan ik met iemand praten?', about: 'self', name: '', email: '', website: '', submission: submissionKey(), ...overrides };
}

/** Starts a conversation through the site interface and returns its code and secret. */
export async function startConversationOnSite(site: ContactSite, overrides: Record<string, string> = {}, clientAddress?: string) {
  const result = await site.start(contactForm(overrides), clientAddress);
  if (result.kind !== 'created') throw new Error(`expected a new conversation, got ${JSON.stringify(result)}`);
  return { code: result.code, secret: result.secret };
}
