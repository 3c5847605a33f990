import type { SignUpOutcome } from './signUp';
import type { TokenOutcome } from './tokenOutcome';
import type { TokenResult } from './types';
import type { RegistrationStatus } from './registrationStatus';

/*
 * What visitors read after a form or a link, in plain Dutch (B1). Kept apart from the logic
 * so the wording can be reviewed in one place.
 */

export const SIGNUP_DONE = {
  title: 'Bijna klaar: kijk in je e-mail',
  // Same text for a new and a repeated sign-up: otherwise anyone could test whether an
  // address is signed up for a group, and that alone says something very personal.
  message:
    'We hebben je een e-mail gestuurd. Klik op de link in die e-mail om je aanmelding te bevestigen. Pas daarna telt je aanmelding mee. Zie je geen e-mail? Kijk dan ook bij ongewenste e-mail (spam). Had je je al eerder aangemeld voor deze groep met dit e-mailadres? Dan blijft die aanmelding gewoon staan en gebruik je de link uit je eerste e-mail. Je wordt niet dubbel aangemeld.',
};

export const SIGNUP_CLOSED = {
  title: 'Aanmelden kan niet meer',
  message: 'Voor deze groep kun je je niet (meer) aanmelden. Misschien is de groep al begonnen. Bekijk de andere groepen, of neem contact met ons op.',
};

export const TOO_FAST = 'Dat ging erg snel. Kijk je gegevens nog even na en verstuur het formulier opnieuw.';
export const TOO_MANY = 'Vanaf deze verbinding zijn in korte tijd veel aanmeldingen verstuurd. Probeer het over 10 minuten opnieuw.';

const ALREADY: Record<RegistrationStatus, string> = {
  awaitingConfirmation: 'Je aanmelding wacht nog op bevestiging. Gebruik de link uit je meest recente e-mail van ons.',
  confirmed: 'Je aanmelding is al rond: je hebt een plek in de groep. Alle gegevens staan in je e-mail.',
  waitingList: 'Je aanmelding is al bevestigd. Je staat op de wachtlijst; komt er een plek vrij, dan krijg je een e-mail.',
  offered: 'Er is een plek voor je vrij. Kijk in je e-mail om de plek aan te nemen.',
  cancelled: 'Deze aanmelding is geannuleerd. Wil je toch meedoen? Meld je dan opnieuw aan.',
  expired: 'Deze aanmelding is verlopen. Wil je toch meedoen? Meld je dan opnieuw aan.',
};

const COMMON: Partial<Record<TokenOutcome['outcome'], Omit<TokenResult, 'ok'>>> = {
  invalid: {
    title: 'Deze link werkt niet',
    message:
      'Misschien is de link niet helemaal meegekomen, of heb je een nieuwere e-mail van ons gekregen. Gebruik de link uit je meest recente e-mail, of meld je opnieuw aan.',
  },
  closed: { title: 'Deze groep gaat niet door', message: 'Deze groep bestaat niet meer of is al begonnen. Bekijk de andere groepen.' },
};

const BY_ACTION = {
  confirm: {
    confirmed: {
      title: 'We houden een plek voor je vrij',
      message: 'Je e-mailadres is bevestigd. Je krijgt een e-mail met alle data en een agendabestand. Binnenkort nemen we contact met je op voor een kort kennismakingsgesprek. Daarin kijken we samen of de groep bij je past.',
    },
    waitingList: {
      title: 'Je staat op de wachtlijst',
      message: 'Je e-mailadres is bevestigd. De groep is op dit moment vol, daarom sta je op de wachtlijst. Komt er een plek vrij, dan krijg je een e-mail. Je hoeft nu niets te doen.',
    },
    expired: { title: 'Deze link is verlopen', message: 'De link in de e-mail werkt 48 uur. Meld je opnieuw aan, dan krijg je een nieuwe link.' },
  },
  cancel: {
    cancelled: { title: 'Je bent afgemeld', message: 'Je aanmelding is geannuleerd. Je krijgt hierover nog een e-mail. Wil je later toch meedoen? Meld je dan gerust opnieuw aan.' },
  },
  accept: {
    confirmed: { title: 'Je hebt de plek aangenomen', message: 'Fijn dat je erbij bent. Je krijgt een e-mail met alle data en een agendabestand.' },
    expired: {
      title: 'Dit aanbod is verlopen',
      message: 'Je kon de plek 48 uur aannemen. Die tijd is voorbij, en de plek gaat naar de volgende op de wachtlijst. Wil je nog steeds meedoen? Meld je dan opnieuw aan.',
    },
  },
} as const satisfies Record<string, Partial<Record<TokenOutcome['outcome'], Omit<TokenResult, 'ok'>>>>;

/** The page text for the outcome of an emailed link. */
export function tokenMessage(action: keyof typeof BY_ACTION, result: TokenOutcome): TokenResult {
  const ok = result.outcome === 'confirmed' || result.outcome === 'waitingList' || result.outcome === 'cancelled';
  const specific = (BY_ACTION[action] as Partial<Record<TokenOutcome['outcome'], Omit<TokenResult, 'ok'>>>)[result.outcome];
  if (specific) return { ok, ...specific };
  if (result.outcome === 'alreadyDone') {
    const title = action === 'cancel' && result.status === 'cancelled' ? 'Je was al afgemeld' : 'Deze link is al gebruikt';
    return { ok: false, title, message: ALREADY[result.status] };
  }
  return { ok: false, ...(COMMON[result.outcome] ?? COMMON.invalid ?? { title: '', message: '' }) };
}

/** True for outcomes the visitor should see as "done" (new, duplicate or bot, alike). */
export function isDone(outcome: SignUpOutcome['outcome']): boolean {
  return outcome === 'created' || outcome === 'duplicate' || outcome === 'ignored';
}
