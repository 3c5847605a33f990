/**
 * The one text that tells visitors where their answers are kept and who can see them. It lives
 * in Site settings; the storage notice, the modules (block "Privacy-uitleg") and /privacy all
 * show it, so the site never says two different things. Paragraphs are separated by a blank line.
 * This default is what a fresh install shows; it must stay true for how the site works
 * (answers only in this browser's local storage, erased by "Alles wissen").
 */
export const DEFAULT_DEVICE_NOTICE = [
  'Wat je invult, blijft op dit apparaat, in deze browser. Het gaat niet naar Stop it Now! en niet naar iemand anders. Maar iedereen die dit apparaat gebruikt, kan je antwoorden en je plan zien.',
  'Deel je dit apparaat met anderen? Open de zelfhulp dan in een privévenster. Dat vind je in het menu van je browser, bijvoorbeeld als ‘Nieuw privévenster’ of ‘Nieuw incognitovenster’. Sluit je alle privévensters, dan is alles wat je invulde weg.',
  'Wil je alles wissen? Kies onderaan elke pagina ‘Alles wissen van dit apparaat’.',
].join('\n\n');

/** The notice as paragraphs (blank lines separate them). */
export function noticeParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
