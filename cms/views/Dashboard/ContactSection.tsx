'use client';
import type { ContactCounts } from '../../contact/stats/getContactCounts';
import { formatDay, formatInteger, formatMonth } from '../../analytics/report/formatNl';
import { useJson } from './useJson';

const API = '/api/analytics-counters/contact';
const CAPTION = { textAlign: 'left', fontWeight: 600, padding: '1rem 0 0.5rem' } as const;

/**
 * Dashboard: how many conversations, messages and answers came in through the contact form
 * in the selected range, per month and per day. Loads its own figures, so it stands apart
 * from the visit statistics.
 */
export function ContactSection({ from, to }: { from: string; to: string }) {
  const query = `from=${from}&to=${to}`;
  const loaded = useJson<ContactCounts>(`${API}?${query}`);
  return (
    <section className="sin-dash__card" aria-labelledby="sin-contact-title">
      <h2 id="sin-contact-title" className="sin-dash__card-title">
        Contactformulier
      </h2>
      <p>
        Alleen aantallen per dag: niets over wie er schreef of wat. Nieuwe gesprekken tellen mee als contact via het formulier.{' '}
        <a href={`${API}?${query}&format=csv`} download>
          Download CSV
        </a>
      </p>
      {loaded.status === 'loading' && <p aria-live="polite">Cijfers laden…</p>}
      {loaded.status === 'error' && <p role="alert">De cijfers van het contactformulier konden niet worden geladen. {loaded.message}</p>}
      {loaded.status === 'ready' && (
        <>
          <ul className="sin-dash__tiles">
            <Tile label="Nieuwe gesprekken" value={loaded.data.totals.conversations} />
            <Tile label="Berichten in lopende gesprekken" value={loaded.data.totals.replies} />
            <Tile label="Antwoorden van hulpverleners" value={loaded.data.totals.answers} />
          </ul>
          <table className="sin-dash__table">
            <caption style={CAPTION}>Per maand</caption>
            <Head first="Maand" />
            <tbody>
              {loaded.data.perMonth.map((m) => (
                <Row key={m.month} label={formatMonth(m.month)} counts={m} />
              ))}
            </tbody>
          </table>
          <details>
            <summary>Per dag</summary>
            <table className="sin-dash__table">
              <caption style={CAPTION}>Per dag</caption>
              <Head first="Dag" />
              <tbody>
                {loaded.data.perDay.map((d) => (
                  <Row key={d.day} label={formatDay(d.day)} counts={d} />
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function Tile({ label, value }: { label: string; value: number }) {
  return (
    <li className="sin-dash__card sin-dash__tile">
      <span className="sin-dash__tile-label">{label}</span>
      <strong className="sin-dash__tile-value">{formatInteger(value)}</strong>
    </li>
  );
}

function Head({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">Nieuwe gesprekken</th>
        <th scope="col">Berichten</th>
        <th scope="col">Antwoorden</th>
      </tr>
    </thead>
  );
}

function Row({ label, counts }: { label: string; counts: { conversations: number; replies: number; answers: number } }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatInteger(counts.conversations)}</td>
      <td>{formatInteger(counts.replies)}</td>
      <td>{formatInteger(counts.answers)}</td>
    </tr>
  );
}
