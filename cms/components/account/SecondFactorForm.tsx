'use client';
import { useId, useRef, useState } from 'react';
import { RecoveryCodes } from './RecoveryCodes';

type Mode = 'setup' | 'verify';

async function post(path: string, body: Record<string, string>): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  const res = await fetch(`/api/users/second-factor/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: res.ok, status: res.status, data };
}

function messageOf(data: Record<string, unknown>): string {
  const errors = data.errors as { message?: string }[] | undefined;
  return errors?.[0]?.message ?? 'Dat lukte niet. Probeer het opnieuw.';
}

/**
 * The code form of the second step. `setup`: confirms the new app with its first code, then
 * shows the recovery codes once. `verify`: a code from the app, or a recovery code.
 * Continues with a full page load, so the admin starts with the rights of the verified session.
 */
export function SecondFactorForm({ mode, children }: { mode: Mode; children?: React.ReactNode }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  // Once confirmed, the QR code and the secret disappear: only the recovery codes remain.
  if (codes) return <RecoveryCodes codes={codes} onDone={() => window.location.assign('/admin')} />;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = input.current?.value ?? '';
    setBusy(true);
    setError('');
    try {
      if (mode === 'setup') {
        const result = await post('confirm', { code: value });
        if (result.ok) return setCodes(result.data.recoveryCodes as string[]);
        setError(messageOf(result.data));
        if (result.status === 401) window.location.assign('/admin/login');
      } else {
        const result = await post('verify', useRecovery ? { recoveryCode: value } : { code: value });
        if (result.ok) return window.location.assign('/admin');
        setError(messageOf(result.data));
        if (result.status === 401) window.setTimeout(() => window.location.assign('/admin/login'), 4000);
      }
    } catch {
      setError('Er ging iets mis met de verbinding. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
    input.current?.focus();
  }

  const label = useRecovery ? 'Herstelcode' : 'Code uit de app (6 cijfers)';
  return (
    <>
      {children}
    <form className="sin-2fa__form" onSubmit={submit} noValidate>
      <div className="field-type text">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <input
          key={useRecovery ? 'recovery' : 'code'}
          ref={input}
          id={id}
          name={useRecovery ? 'recoveryCode' : 'code'}
          type="text"
          inputMode={useRecovery ? 'text' : 'numeric'}
          autoComplete={useRecovery ? 'off' : 'one-time-code'}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={useRecovery ? 30 : 9}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          // biome-ignore lint/a11y/noAutofocus: the only thing to do on this screen
          autoFocus
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="sin-2fa__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn--style-primary btn--size-large" disabled={busy}>
        {mode === 'setup' ? 'Bevestigen' : 'Inloggen'}
      </button>
      {mode === 'verify' && (
        <p>
          <button type="button" className="sin-2fa__link" onClick={() => setUseRecovery(!useRecovery)}>
            {useRecovery ? 'Toch een code uit de app gebruiken' : 'Telefoon niet bij de hand? Gebruik een herstelcode'}
          </button>
        </p>
      )}
    </form>
    </>
  );
}
