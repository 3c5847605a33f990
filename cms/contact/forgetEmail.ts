import type { Payload } from 'payload';

/** The person no longer wants e-mails: the address is erased, not just switched off. */
export async function forgetEmail(payload: Payload, conversationId: number | string): Promise<void> {
  await payload.update({ collection: 'conversations', id: conversationId, overrideAccess: true, data: { email: null, notifyByEmail: false } });
}
