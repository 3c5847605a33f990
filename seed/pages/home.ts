/** The home page: the ways in (for yourself, for someone close, for professionals) and the help options. */
export const homePage = {
  title: 'Stop it Now!',
  path: '/',
  seo: {
    title: 'Stop it Now! – anonieme hulp en advies',
    description:
      'Maak je je zorgen over je eigen gevoelens of gedrag naar minderjarigen, of over iemand in je omgeving? Of wil je als professional advies? Praat anoniem met ons of begin met de zelfhulp.',
  },
  layout: [
    {
      blockType: 'hero',
      heading: 'Maak je je zorgen? Je bent niet de enige.',
      text: 'Stop it Now! is er voor iedereen die zich zorgen maakt over seksuele gevoelens of gedrag naar minderjarigen, van zichzelf of van iemand anders. En voor professionals die advies willen. Je hoeft je naam niet te noemen. Het is gratis.',
    },
    {
      blockType: 'pathways',
      heading: 'Waar wil je mee beginnen?',
      items: [
        {
          heading: 'Ik maak me zorgen over mijzelf',
          text: 'Kijk je naar beeldmateriaal van seksueel misbruik van minderjarigen, of ben je bang dat het gebeurt? Stoppen is mogelijk. Begin anoniem met de zelfhulp, in je eigen tempo. Je antwoorden blijven op je eigen apparaat.',
          linkLabel: 'Naar de zelfhulp',
          href: '/zelfhulp',
        },
        {
          heading: 'Ik maak me zorgen over iemand in mijn omgeving',
          text: 'Is je partner, kind, familielid of vriend in beeld gekomen door seksueel gedrag naar minderjarigen? Dat is zwaar. In een kleine groep praat je met anderen die hetzelfde meemaken.',
          linkLabel: 'Naar de lotgenotengroepen',
          href: '/lotgenotengroepen',
        },
        {
          heading: 'Ik ben professional',
          text: 'Werk je in de zorg, het onderwijs, de jeugdhulp of bij justitie, en heb je een vraag over een cliënt of een situatie? Je kunt bij ons terecht voor advies en om een casus te bespreken.',
          linkLabel: 'Voor professionals',
          href: '/voor-professionals',
        },
      ],
    },
    {
      blockType: 'helpOptions',
      heading: 'Praat met ons',
      intro: 'Bel of chat anoniem met een van onze medewerkers. Zij luisteren zonder te oordelen en denken met je mee over wat je kunt doen.',
    },
    {
      blockType: 'courseTeaser',
      heading: 'Zelfhulp: Stoppen is mogelijk',
      text: 'Zeventien modules die je helpen begrijpen waarom je kijkt, en die je stap voor stap laten stoppen. Zonder account. Wat je invult, blijft op je eigen apparaat. We maakten de cursus in 2018 samen met Stop it Now! Vlaanderen.',
    },
  ],
};
