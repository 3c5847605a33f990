import type { Payload } from 'payload';

/**
 * The crisis lines shown on every page. These numbers are real and national: 113
 * Zelfmoordpreventie (0800-0113, free, day and night; chat at 113.nl) and the emergency
 * number 112.
 */
export async function seedCrisisHelp(payload: Payload): Promise<void> {
  await payload.updateGlobal({
    slug: 'crisis-help',
    overrideAccess: true,
    context: { skipSideEffects: true },
    data: {
      heading: 'Direct hulp nodig?',
      intro: 'Wordt het je te veel, of is iemand in gevaar? Je hoeft het niet alleen te doen. Deze nummers zijn er dag en nacht.',
      lines: [
        {
          label: '113 Zelfmoordpreventie',
          number: '0800-0113',
          href: 'tel:08000113',
          when: 'Denk je aan zelfdoding? Bel gratis, dag en nacht. Chatten kan ook, via',
          website: 'https://www.113.nl/',
        },
        { label: 'Alarmnummer', number: '112', href: 'tel:112', when: 'Is iemand nu in gevaar? Bel meteen 112.', website: null },
      ],
      childSafetyHeading: 'Ben je bang dat je nu iets doet met een kind?',
      childSafetyText:
        'Zorg dat je nu niet alleen bent met het kind. Ga weg, naar een andere kamer of naar buiten, of haal iemand erbij. Is een kind in gevaar? Bel meteen 112. Daarna kun je met ons praten: bel ons als we open zijn, of stuur ons een bericht. Voel je je zelf heel slecht? Bel 113, gratis op 0800-0113.',
    },
  });
}
