/**
 * Dutch texts for the password estimator's feedback, in plain language and with "je".
 * Based on @zxcvbn-ts/language-nl-be, with two changes: no advice to add capitals or symbols
 * (NIST SP 800-63B: no composition rules; length and unpredictability are what count), and
 * fixed typos.
 */
export const DUTCH_FEEDBACK = {
  warnings: {
    straightRow: 'Toetsen die op je toetsenbord naast elkaar liggen, zijn makkelijk te raden.',
    keyPattern: 'Korte toetsenbordpatronen zijn makkelijk te raden.',
    simpleRepeat: 'Herhaalde letters zoals „aaa” zijn makkelijk te raden.',
    extendedRepeat: 'Herhaalde patronen zoals „abcabcabc” zijn makkelijk te raden.',
    sequences: 'Reeksen zoals „abc” of „123” zijn makkelijk te raden.',
    recentYears: 'Recente jaartallen zijn makkelijk te raden.',
    dates: 'Datums zijn makkelijk te raden.',
    topTen: 'Dit is een van de meest gebruikte wachtwoorden.',
    topHundred: 'Dit wachtwoord wordt heel vaak gebruikt.',
    common: 'Dit wachtwoord wordt vaak gebruikt.',
    similarToCommon: 'Dit lijkt op een veelgebruikt wachtwoord.',
    wordByItself: 'Eén los woord is makkelijk te raden.',
    namesByThemselves: 'Losse voor- of achternamen zijn makkelijk te raden.',
    commonNames: 'Veelvoorkomende namen zijn makkelijk te raden.',
    userInputs: 'Gebruik geen woorden uit je naam, je e-mailadres of de naam van de organisatie.',
    pwned: 'Dit wachtwoord komt voor in een bekend datalek.',
  },
  suggestions: {
    l33t: 'Voorspelbare vervangingen, zoals „@” voor „a”, maken een wachtwoord niet sterker.',
    reverseWords: 'Een woord achterstevoren schrijven maakt het niet sterker.',
    allUppercase: 'Alleen hoofdletters helpen niet; een extra woord wel.',
    capitalization: 'Een hoofdletter helpt weinig; een extra woord helpt meer.',
    dates: 'Gebruik geen datums die iets met jou te maken hebben.',
    recentYears: 'Gebruik geen recente jaartallen.',
    associatedYears: 'Gebruik geen jaartallen die iets met jou te maken hebben.',
    sequences: 'Gebruik geen voorspelbare reeksen.',
    repeated: 'Herhaal geen woorden of letters.',
    longerKeyboardPattern: 'Gebruik geen toetsenbordpatronen.',
    anotherWord: 'Voeg een of meer woorden toe die niet vaak samen voorkomen.',
    useWords: 'Gebruik een paar woorden die niet bij elkaar horen, maar geen bekende zin.',
    noNeed: 'Je hebt geen hoofdletters, cijfers of leestekens nodig.',
    pwned: 'Gebruik je dit wachtwoord ergens anders? Verander het daar dan ook.',
  },
  timeEstimation: {
    ltSecond: 'minder dan een seconde',
    second: '{base} seconde',
    seconds: '{base} seconden',
    minute: '{base} minuut',
    minutes: '{base} minuten',
    hour: '{base} uur',
    hours: '{base} uur',
    day: '{base} dag',
    days: '{base} dagen',
    month: '{base} maand',
    months: '{base} maanden',
    year: '{base} jaar',
    years: '{base} jaar',
    centuries: 'eeuwen',
  },
};
