import type { CollectionBeforeDeleteHook } from 'payload';
import { contactDedupePrefix } from '../../../contact/contactEmails';

/**
 * When a conversation goes (the person deletes it, the retention job, or a counsellor), its
 * messages go with it, and so do its e-mails in the outbox: an unsent notice still holds the
 * person's encrypted address. Nothing of the conversation is left. Runs before the
 * conversation itself is deleted: a message can never be left without its conversation.
 */
export const deleteConversationData: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'conversation-messages', where: { conversation: { equals: id } }, overrideAccess: true, req });
  const prefix = contactDedupePrefix(id);
  const { docs } = await req.payload.find({
    collection: 'outbox',
    where: { dedupeKey: { contains: prefix } },
    pagination: false,
    depth: 0,
    select: { dedupeKey: true },
    overrideAccess: true,
    req,
  });
  const ids = docs.filter((doc) => String(doc.dedupeKey).startsWith(prefix)).map((doc) => doc.id);
  if (ids.length) await req.payload.delete({ collection: 'outbox', where: { id: { in: ids } }, overrideAccess: true, req });
};
