import type { UIFieldServerProps } from 'payload';
import { hasRole } from '../../../access/roles';
import { contactSettings } from '../../../contact/contactSettings';
import { MESSAGE_FROM } from '../../../contact/conversationStatus';
import './conversations.css';

const WHEN = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const DAY_MS = 24 * 60 * 60 * 1000;

const FROM_LABEL = { person: 'De persoon', staff: 'Antwoord', note: 'Interne notitie' } as const;

/**
 * Admin: the messages of a conversation, oldest first, with answers and internal notes
 * marked apart. Read with the viewer's own rights (access control on), so only counsellors
 * and administrators ever see them.
 */
export async function ConversationThread({ id, req, payload, data }: UIFieldServerProps) {
  if (!id || !hasRole(req.user, 'counsellor')) return null;
  const { docs } = await payload.find({
    collection: 'conversation-messages',
    where: { conversation: { equals: id } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  });
  const last = Date.parse(String((data as { lastMessageAt?: string } | undefined)?.lastMessageAt ?? '')) || Date.now();
  const deletesOn = DAY.format(new Date(last + contactSettings().retentionDays * DAY_MS));
  return (
    <div className="field-type sin-thread">
      <p className="field-description">
        Wordt vanzelf verwijderd op {deletesOn} als er tot dan geen bericht bij komt. De persoon kan het gesprek ook zelf verwijderen.
      </p>
      <ol className="sin-thread__list" aria-label="Berichten">
        {docs.map((message) => {
          const from = (message.from as keyof typeof FROM_LABEL) ?? MESSAGE_FROM.person;
          return (
            <li key={String(message.id)} className={`sin-thread__message sin-thread__message--${from}`}>
              <p className="sin-thread__meta">
                <strong>{FROM_LABEL[from]}</strong>
                {from !== MESSAGE_FROM.person && message.authorLabel ? ` · ${message.authorLabel}` : ''}
                {' · '}
                <time dateTime={String(message.createdAt)}>{WHEN.format(new Date(String(message.createdAt)))}</time>
              </p>
              <p className="sin-thread__body">{String(message.body ?? '')}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
