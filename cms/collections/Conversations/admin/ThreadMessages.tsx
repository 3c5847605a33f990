'use client';
import { useDocumentInfo, useFormFields } from '@payloadcms/ui';
import { useEffect, useState } from 'react';

type Message = { id: number | string; from: 'person' | 'staff' | 'note'; body?: string | null; authorLabel?: string | null; createdAt: string };

const WHEN = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const DAY_MS = 24 * 60 * 60 * 1000;
const FROM_LABEL = { person: 'De persoon', staff: 'Antwoord', note: 'Interne notitie' } as const;

/**
 * The messages of the open conversation, oldest first, answers and internal notes marked
 * apart. Read through the REST API with the counsellor's own session (access control on),
 * and read again after every save, so a new answer or note shows at once.
 */
export function ThreadMessages({ retentionDays }: { retentionDays: number }) {
  const { id, lastUpdateTime, savedDocumentData } = useDocumentInfo();
  // Changes with every save: the messages are read again then.
  const version = String(savedDocumentData?.updatedAt ?? lastUpdateTime ?? '');
  const lastMessageAt = useFormFields(([fields]) => fields.lastMessageAt?.value as string | undefined);
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error' } | { status: 'ready'; messages: Message[] }>({ status: 'loading' });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is there to read the messages again after a save.
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    const query = `where[conversation][equals]=${encodeURIComponent(String(id))}&sort=createdAt&depth=0&limit=500`;
    fetch(`/api/conversation-messages?${query}`, { credentials: 'same-origin', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const { docs } = (await response.json()) as { docs: Message[] };
        setState({ status: 'ready', messages: docs });
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ status: 'error' });
      });
    return () => controller.abort();
  }, [id, version]);

  const last = Date.parse(lastMessageAt ?? '');
  return (
    <div className="field-type sin-thread">
      {Number.isFinite(last) && (
        <p className="field-description">
          Wordt vanzelf verwijderd op {DAY.format(new Date(last + retentionDays * DAY_MS))} als er tot dan geen bericht bij komt. De persoon kan het gesprek ook zelf verwijderen.
        </p>
      )}
      {state.status === 'loading' && <p aria-live="polite">Berichten laden…</p>}
      {state.status === 'error' && <p role="alert">De berichten konden niet worden geladen. Laad de pagina opnieuw.</p>}
      {state.status === 'ready' && (
        <ol className="sin-thread__list" aria-label="Berichten">
          {state.messages.map((message) => (
            <li key={String(message.id)} className={`sin-thread__message sin-thread__message--${message.from}`}>
              <p className="sin-thread__meta">
                <strong>{FROM_LABEL[message.from] ?? message.from}</strong>
                {message.from !== 'person' && message.authorLabel ? ` · ${message.authorLabel}` : ''}
                {' · '}
                <time dateTime={message.createdAt}>{WHEN.format(new Date(message.createdAt))}</time>
              </p>
              <p className="sin-thread__body">{message.body ?? ''}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
