import type { Payload } from 'payload';

/** The crisis lines shown on every page. These numbers are real and national. */
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
          when: 'Denk je aan zelfdoding? Bel gratis, dag en nacht. Chatten kan ook via 113.nl.',
          website: 'https://www.113.nl/',
        },
        { label: 'Alarmnummer', number: '112', href: 'tel:112', when: 'Is iemand nu in gevaar? Bel meteen 112.', website: null },
      ],
      childSafetyHeading: 'Ben je bang dat je nu iets doet met een kind?',
      childSafetyText:
        'Ga nu weg uit de situatie en zorg dat je niet alleen bent met het kind. Bel ons als we open zijn. Zijn we gesloten en is een kind in gevaar, bel dan 112. Voel je je zelf heel slecht, bel dan 113.',
    },
  });
}
