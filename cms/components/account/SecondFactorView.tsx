import { MinimalTemplate } from '@payloadcms/next/templates';
import type { AdminViewServerProps } from 'payload';
import QRCode from 'qrcode';
import { readAccount } from '../../auth/secondFactor/accountStore';
import { beginSetup } from '../../auth/secondFactor/beginSetup';
import { isSecondFactorPending, needsSecondFactor } from '../../auth/secondFactor/secondFactorState';
import { SecondFactorForm } from './SecondFactorForm';
import './secondFactor.css';

/** The secret in groups of four, for typing it into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

function SignInFirst() {
  return (
    <MinimalTemplate className="sin-2fa">
      <h1>Tweestapsverificatie</h1>
      <p>
        Je bent niet (meer) ingelogd. <a href="/admin/login">Log in</a> met je e-mailadres en wachtwoord.
      </p>
    </MinimalTemplate>
  );
}

/**
 * /admin/tweestapsverificatie: after the password, either set up an authenticator app (QR
 * code, then the first code, then the recovery codes) or give a code. `?opnieuw=1` sets up a
 * new app from a session that already passed the second step (a new phone).
 */
export async function SecondFactorView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const user = req.user as (Record<string, unknown> & { id: number | string; _sid?: string; email: string }) | null;
  if (!user) return <SignInFirst />;
  const account = await readAccount(req.payload, user.id);
  if (!account) return <SignInFirst />;
  const pending = isSecondFactorPending(user);
  const hasSecret = Boolean(account.secondFactor?.secret);
  const wantsNewApp = searchParams?.opnieuw === '1';

  if (hasSecret && (pending || !wantsNewApp)) {
    return (
      <MinimalTemplate className="sin-2fa">
        <h1>Inloggen: tweede stap</h1>
        {pending ? (
          <>
            <p>Open de authenticator-app op je telefoon en typ de code van zes cijfers die bij „Stop it Now! beheer” staat.</p>
            <SecondFactorForm mode="verify" />
          </>
        ) : (
          <p>
            Je bent ingelogd met tweestapsverificatie. <a href="/admin">Naar het beheer</a> · <a href="/admin/tweestapsverificatie?opnieuw=1">Een nieuwe telefoon instellen</a>
          </p>
        )}
        <p className="sin-2fa__aside">
          <a href="/admin/logout">Uitloggen</a>
        </p>
      </MinimalTemplate>
    );
  }

  const setup = await beginSetup(req.payload, { ...account, _sid: user._sid });
  if (!setup.ok) return <SignInFirst />;
  const qr = await QRCode.toString(setup.uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const required = needsSecondFactor(account);
  return (
    <MinimalTemplate className="sin-2fa" width="wide">
      <h1>Tweestapsverificatie instellen</h1>
      <p className="sin-2fa__intro">
        {required
          ? 'Met jouw account kun je persoonsgegevens inzien. Daarom log je in met je wachtwoord én met een code uit een app op je telefoon. Zo kan niemand inloggen die alleen je wachtwoord kent.'
          : 'Log voortaan in met je wachtwoord én een code uit een app op je telefoon. Zo kan niemand inloggen die alleen je wachtwoord kent.'}
      </p>
      <SecondFactorForm mode="setup">
        <ol className="sin-2fa__steps">
          <li>
            Installeer een authenticator-app op je telefoon als je er nog geen hebt, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.
          </li>
          <li>
            Kies in de app „account toevoegen” en scan deze QR-code:
            {/* biome-ignore lint/performance/noImgElement: an inline SVG made on the server; next/image adds nothing here */}
            <img className="sin-2fa__qr" src={`data:image/svg+xml;base64,${Buffer.from(qr).toString('base64')}`} alt="QR-code om dit account aan je authenticator-app toe te voegen" width={200} height={200} />
            <details className="sin-2fa__manual">
              <summary>Lukt scannen niet? Typ dan deze sleutel over</summary>
              <p>
                Kies in de app „sleutel invoeren”, gebruik als naam „Stop it Now! beheer” en typ:
                <code className="sin-2fa__secret">{grouped(setup.secret)}</code>
                Soort: op tijd gebaseerd, 6 cijfers, elke 30 seconden.
              </p>
            </details>
          </li>
          <li>Typ de code van zes cijfers die de app nu laat zien.</li>
        </ol>
      </SecondFactorForm>
      <p className="sin-2fa__aside">
        <a href="/admin/logout">Uitloggen</a>
      </p>
    </MinimalTemplate>
  );
}
