/** Information page about the helpline. */
export const aboutPage = {
  title: 'Over Stop it Now!',
  path: '/over-ons',
  seo: { title: 'Over Stop it Now!', description: 'Anoniem, vertrouwelijk en gratis. Wie we zijn en hoe we werken.' },
  layout: [
    {
      blockType: 'hero',
      heading: 'Over Stop it Now!',
      text: 'Stop it Now! is een anonieme, vertrouwelijke en gratis hulplijn. We zijn er voor iedereen die zich zorgen maakt over seksuele gevoelens of gedrag naar minderjarigen, van zichzelf of van een ander, en voor professionals. We zijn onderdeel van Expertisebureau Online Kindermisbruik (EOKM) in Amsterdam.',
    },
    {
      blockType: 'faq',
      heading: 'Hoe we werken',
      items: [
        {
          question: 'Is het echt anoniem?',
          answer:
            'Ja. Je hoeft je naam niet te noemen. Deze website plaatst geen cookies en bewaart niets over jou. De zelfhulp bewaart je antwoorden alleen op je eigen apparaat. Op de privacypagina lees je wie ze daar kan zien en hoe je ze wist.',
        },
        {
          question: 'Wat gebeurt er als ik bel of chat?',
          answer:
            'Je praat met een getrainde medewerker. Samen kijken jullie naar wat er speelt en wat je kunt doen. Als je dat wilt, vertellen we je welke behandeling er is, bijvoorbeeld bij De Waag of een andere forensische polikliniek, en hoe je daar komt.',
        },
        {
          question: 'Is kijken naar misbruikbeelden strafbaar?',
          answer:
            'Ja. Het kijken naar, downloaden en bewaren van beeldmateriaal van seksueel misbruik van minderjarigen is strafbaar. Achter elk beeld zit een echt kind dat schade lijdt. Stoppen is mogelijk, en wij helpen je daarbij.',
        },
        {
          question: 'Wie heeft de zelfhulp gemaakt?',
          answer:
            'De zelfhulp Stoppen is mogelijk bestaat sinds 2018. Stop it Now! maakte de cursus samen met Stop it Now! Vlaanderen. In 2026 is de cursus herschreven en uitgebreid.',
        },
        {
          question: 'Ik ben professional. Kan ik ook bellen?',
          answer: 'Ja. Je kunt bij ons terecht voor advies en om een casus te bespreken, zonder namen te noemen. Kijk op de pagina voor professionals.',
        },
      ],
    },
    { blockType: 'helpOptions', heading: 'Neem contact op' },
  ],
};
