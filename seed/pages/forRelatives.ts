/** Information page for relatives. */
export const forRelativesPage = {
  title: 'Voor naasten',
  path: '/voor-naasten',
  seo: { title: 'Voor naasten – Stop it Now!', description: 'Steun voor partners, ouders, familie en vrienden van iemand die seksueel gedrag naar minderjarigen laat zien.' },
  layout: [
    {
      blockType: 'hero',
      heading: 'Iemand van wie je houdt, en een zorg die je niet kunt delen',
      text: 'Misschien heb je ontdekt dat je partner, kind of broer naar misbruikbeelden heeft gekeken. Of je maakt je zorgen over hoe iemand met kinderen omgaat. Je voelt je misschien boos, verdrietig, beschaamd of alleen. Dat is heel begrijpelijk.',
      linkLabel: 'Bekijk de lotgenotengroepen',
      href: '/lotgenotengroepen',
    },
    {
      blockType: 'faq',
      heading: 'Vragen die naasten vaak stellen',
      items: [
        { question: 'Mag ik hierover met iemand praten?', answer: 'Ja. Je mag met ons bellen of chatten, ook zonder je naam te noemen. We luisteren en denken met je mee. Je hoeft niets te beslissen.' },
        { question: 'Wat is een lotgenotengroep?', answer: 'Een kleine, besloten groep van ongeveer vijf tot tien naasten. Je komt vijf keer samen, onder leiding van een therapeut van De Waag en een medewerker van Stop it Now! Er is ook een online groep.' },
        { question: 'Moet ik mijn echte naam gebruiken?', answer: 'Nee. Een voornaam of een schuilnaam is genoeg. Voor je begint, heb je eerst een kort kennismakingsgesprek. Daarin kijken we samen of de groep bij je past.' },
      ],
    },
    { blockType: 'helpOptions', heading: 'Liever eerst praten?', intro: 'Bel of chat anoniem. Wij helpen je verder, ook als je nog twijfelt.' },
  ],
};
