import type { UIFieldServerProps } from 'payload';
import { hasRole } from '../../../access/roles';
import { contactSettings } from '../../../contact/contactSettings';
import { ThreadMessages } from './ThreadMessages';
import './conversations.css';

/**
 * Admin: the messages of a conversation (see ThreadMessages), for counsellors and
 * administrators. The retention setting lives on the server, so it is handed over here.
 */
export function ConversationThread({ id, req }: UIFieldServerProps) {
  if (!id || !hasRole(req.user, 'counsellor')) return null;
  return <ThreadMessages retentionDays={contactSettings().retentionDays} />;
}
