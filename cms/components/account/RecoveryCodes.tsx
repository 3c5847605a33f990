'use client';
import { useState } from 'react';

/**
 * The recovery codes, shown once: each lets its owner in once without the phone. Offered as a
 * text file to keep somewhere safe (a password manager, a printed page in a locked drawer).
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const file = `Herstelcodes voor Stop it Now! beheer\nElke code werkt één keer, als je je telefoon niet bij de hand hebt.\n\n${codes.join('\n')}\n`;
  return (
    <section className="sin-2fa__codes" aria-labelledby="sin-2fa-codes">
      <h2 id="sin-2fa-codes">Bewaar je herstelcodes</h2>
      <p>
        Ben je je telefoon kwijt, of werkt de app niet? Dan kun je met een van deze codes toch inloggen. Elke code werkt één keer. Je ziet ze nu voor het laatst: bewaar ze op een veilige plek, bijvoorbeeld in een wachtwoordkluis.
      </p>
      <ul className="sin-2fa__code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <p>
        <a className="btn btn--style-secondary btn--size-small" href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`} download="herstelcodes-stop-it-now.txt">
          Download als tekstbestand
        </a>
      </p>
      <label className="sin-2fa__check">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> Ik heb de herstelcodes bewaard
      </label>
      <button type="button" className="btn btn--style-primary btn--size-large" disabled={!saved} onClick={onDone}>
        Verder naar het beheer
      </button>
    </section>
  );
}
