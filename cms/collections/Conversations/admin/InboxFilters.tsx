import type { BeforeListTableServerProps } from 'payload';
import { readAccount } from '../../../auth/secondFactor/accountStore';
import { CONVERSATION_STATUSES, STATUS_LABELS } from '../../../contact/conversationStatus';
import './conversations.css';

const BASE = '/admin/collections/conversations';

/**
 * Admin: the inbox's quick filters above the table, with counts per status ("Nieuw (3)"),
 * counted with the viewer's own rights.
 */
export async function InboxFilters({ payload, user, searchParams }: BeforeListTableServerProps) {
  if (!user) return null;
  // Counted with the viewer's own rights: whoever may not read conversations gets no inbox
  // (the access layer decides, including the second sign-in step). The user handed to list
  // components lacks the hidden second-factor state that decision needs: read it back.
  const account = await readAccount(payload, user.id);
  const viewer = { ...user, secondFactor: account?.secondFactor ?? null };
  const counts = await Promise.all(
    CONVERSATION_STATUSES.map((status) =>
      payload.count({ collection: 'conversations', where: { status: { equals: status } }, overrideAccess: false, user: viewer }).then((r) => r.totalDocs),
    ),
  ).catch(() => null);
  if (!counts) return null;
  // Next hands over `where[status][equals]` as one key; a parsed object is read as well.
  const params = (searchParams ?? {}) as Record<string, unknown>;
  const nested = (params.where as { status?: { equals?: unknown } } | undefined)?.status?.equals;
  const flat = params['where[status][equals]'];
  const current = typeof nested === 'string' ? nested : typeof flat === 'string' ? flat : null;
  return (
    <nav aria-label="Inbox">
      <ul className="sin-inbox">
        <li>
          <a href={BASE} aria-current={current === null ? 'true' : undefined}>
            Alles
          </a>
        </li>
        {CONVERSATION_STATUSES.map((status, index) => (
          <li key={status}>
            <a href={`${BASE}?where[status][equals]=${status}`} aria-current={current === status ? 'true' : undefined}>
              {STATUS_LABELS[status]} ({counts[index]})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
