/** Information page about the helpline. */
export const aboutPage = {
  title: 'Over Stop it Now!',
  path: '/over-ons',
  seo: { title: 'Over Stop it Now!', description: 'Anoniem, vertrouwelijk en gratis. Wie we zijn en hoe we werken.' },
  layout: [
    {
      blockType: 'hero',
      heading: 'Over Stop it Now!',
      text: 'Stop it Now! is een anonieme, vertrouwelijke en gratis hulplijn. We zijn er voor iedereen die zich zorgen maakt over seksuele gevoelens of gedrag naar minderjarigen, en voor professionals. We zijn onderdeel van Expertisebureau Online Kindermisbruik (EOKM) in Amsterdam.',
    },
    {
      blockType: 'faq',
      heading: 'Hoe we werken',
      items: [
        { question: 'Is het echt anoniem?', answer: 'Ja. Je hoeft je naam niet te noemen. Deze website plaatst geen cookies en bewaart niets over jou. De zelfhulp bewaart je antwoorden alleen in je eigen browser.' },
        { question: 'Wat gebeurt er als ik bel?', answer: 'Je praat met een getrainde medewerker. Samen kijken jullie naar wat er speelt en wat je kunt doen. Als je dat wilt, verwijzen we je naar behandeling, bijvoorbeeld bij De Waag.' },
        { question: 'Is kijken naar misbruikbeelden strafbaar?', answer: 'Ja. Kijken naar, downloaden en bewaren van beeldmateriaal van seksueel misbruik van minderjarigen is strafbaar. Achter elk beeld zit een echt kind dat schade heeft. Stoppen is mogelijk, en wij helpen je daarbij.' },
      ],
    },
    { blockType: 'helpOptions', heading: 'Neem contact op' },
  ],
};
