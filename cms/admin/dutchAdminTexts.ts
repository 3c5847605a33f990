/**
 * Corrections to Payload's Dutch admin texts, for editors who are not technical: words
 * instead of code ("ja"/"nee" rather than "waar"/"onwaar"), no anglicisms ("togglen"), and
 * "… toevoegen" in the usual Dutch word order. Merged over Payload's own translations.
 */
export const DUTCH_ADMIN_TEXTS = {
  general: {
    true: 'ja',
    false: 'nee',
    // An empty cell in a list: a dash reads better than „Geen "Plaats"".
    noLabel: '–',
    untitled: 'Zonder titel',
    payloadSettings: 'Voorkeuren',
    adminTheme: 'Kleuren van het beheer',
  },
  fields: {
    addLabel: '{{label}} toevoegen',
    addNewLabel: 'Nieuw: {{label}}',
    toggleBlock: 'Open- of dichtklappen',
    collapseAll: 'Alles inklappen',
    showAll: 'Alles uitklappen',
    searchForBlock: 'Zoek een blok',
  },
  authentication: {
    // Shown when sign-in stopped because of inactivity or the 8-hour limit.
    loggedOutInactivity: 'Je bent uitgelogd omdat je een tijd niet actief was, of omdat je 8 uur ingelogd was. Log opnieuw in.',
  },
} as const;
