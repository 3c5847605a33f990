'use client';
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui';
import { useState } from 'react';
import { RecoveryCodes } from './RecoveryCodes';

async function post(path: string): Promise<{ ok: boolean; data: Record<string, unknown> }> {
  const res = await fetch(`/api/users/${path}`, { method: 'POST', credentials: 'include' });
  return { ok: res.ok, data: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

/**
 * Admin, on an account's page: whether it signs in with two steps, and what can be done about
 * the account's sign-in. Your own account: set up the app, new recovery codes, log out
 * everywhere. An administrator on another account: log it out everywhere, or wipe its
 * second factor (a lost phone).
 */
export function AccountSecurity() {
  const { id } = useDocumentInfo();
  const { user } = useAuth();
  const enabled = useFormFields(([fields]) => Boolean(fields.secondFactorEnabled?.value));
  const [message, setMessage] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  if (!id || !user) return null;
  const own = String(user.id) === String(id);
  const isAdmin = ((user as { roles?: string[] }).roles ?? []).includes('admin');

  async function run(path: string, done: string, confirmText?: string) {
    if (confirmText && !window.confirm(confirmText)) return;
    const result = await post(path);
    const errors = result.data.errors as { message?: string }[] | undefined;
    if (!result.ok) return setMessage(errors?.[0]?.message ?? 'Dat lukte niet.');
    if (Array.isArray(result.data.recoveryCodes)) return setCodes(result.data.recoveryCodes as string[]);
    setMessage(done);
    if (own && path.endsWith('logout-everywhere')) window.location.assign('/admin/login');
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  return (
    <div className="field-type sin-account">
      <h3 className="sin-account__title">Inloggen</h3>
      <p>{enabled ? 'Tweestapsverificatie staat aan: inloggen gaat met wachtwoord en een code uit een app.' : 'Tweestapsverificatie is nog niet ingesteld.'}</p>
      <ul className="sin-account__actions">
        {own && !enabled && (
          <li>
            <a href="/admin/tweestapsverificatie">Tweestapsverificatie instellen</a>
          </li>
        )}
        {own && enabled && (
          <>
            <li>
              <a href="/admin/tweestapsverificatie?opnieuw=1">Een nieuwe telefoon instellen</a>
            </li>
            <li>
              <button type="button" className="sin-account__button" onClick={() => run('second-factor/recovery-codes', '', 'Nieuwe herstelcodes maken? Je oude herstelcodes werken dan niet meer.')}>
                Nieuwe herstelcodes maken
              </button>
            </li>
          </>
        )}
        {(own || isAdmin) && (
          <li>
            <button
              type="button"
              className="sin-account__button"
              onClick={() =>
                run(`${id}/logout-everywhere`, 'Dit account is nu overal uitgelogd.', own ? 'Overal uitloggen, ook hier?' : 'Dit account op alle apparaten uitloggen?')
              }
            >
              Overal uitloggen
            </button>
          </li>
        )}
        {isAdmin && !own && enabled && (
          <li>
            <button
              type="button"
              className="sin-account__button"
              onClick={() =>
                run(
                  `${id}/second-factor/reset`,
                  'De tweestapsverificatie is gewist. Bij de volgende keer inloggen stelt deze medewerker een nieuwe app in.',
                  'Tweestapsverificatie van dit account wissen? Doe dit alleen als de medewerker zijn telefoon kwijt is en je zeker weet dat je met die persoon spreekt.',
                )
              }
            >
              Tweestapsverificatie wissen (telefoon kwijt)
            </button>
          </li>
        )}
      </ul>
      {message && (
        <p role="status" className="field-description">
          {message}
        </p>
      )}
    </div>
  );
}
