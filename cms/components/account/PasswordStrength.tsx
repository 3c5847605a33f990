'use client';
import { useFormFields } from '@payloadcms/ui';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { PasswordAssessment } from '../../auth/password/assessPassword';

const GUIDANCE =
  'Kies een wachtwoord van minstens 12 tekens dat moeilijk te raden is. Een zin van vier of meer woorden die niet bij elkaar horen, werkt goed en is makkelijk te onthouden. Je hoeft geen hoofdletters, cijfers of leestekens te gebruiken.';

/**
 * Admin: while a new password is typed (first account, new account, change), says in Dutch
 * how strong it is and why, with the same judgement the server applies when saving. The
 * estimator (with its dictionaries) loads only here, and nothing typed leaves the browser.
 */
export function PasswordStrength() {
  const password = useFormFields(([fields]) => fields.password);
  const email = useFormFields(([fields]) => fields.email?.value as string | undefined);
  const name = useFormFields(([fields]) => fields.name?.value as string | undefined);
  const value = typeof password?.value === 'string' ? password.value : '';
  const firstAccount = usePathname()?.endsWith('/create-first-user') ?? false;
  const [verdict, setVerdict] = useState<PasswordAssessment | null>(null);

  useEffect(() => {
    if (!value) {
      setVerdict(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(async () => {
      const { assessPassword } = await import('../../auth/password/assessPassword');
      if (current) setVerdict(assessPassword(value, [email, name]));
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [value, email, name]);

  // No new password being typed (an account's page before "Wachtwoord wijzigen"): only the
  // first-account screen, where a password must be chosen, shows the advice up front.
  if (!password || (!value && !firstAccount)) return null;
  const score = verdict?.score ?? 0;
  return (
    <div className="field-type sin-password" aria-live="polite">
      {!verdict ? (
        <p className="field-description">{GUIDANCE}</p>
      ) : (
        <>
          <div className="sin-password__meter" aria-hidden="true">
            {[0, 1, 2, 3].map((i) => (
              <span key={i} className={i < score ? `sin-password__bar sin-password__bar--on sin-password__bar--${verdict.acceptable ? 'ok' : 'weak'}` : 'sin-password__bar'} />
            ))}
          </div>
          <p className={verdict.acceptable ? 'sin-password__ok' : 'sin-password__weak'}>{verdict.message}</p>
          {verdict.hints.length > 0 && (
            <ul className="field-description">
              {verdict.hints.map((hint) => (
                <li key={hint}>{hint}</li>
              ))}
            </ul>
          )}
          {!verdict.acceptable && <p className="field-description">Je hoeft geen hoofdletters, cijfers of leestekens te gebruiken: lengte en onvoorspelbaarheid tellen.</p>}
        </>
      )}
    </div>
  );
}
