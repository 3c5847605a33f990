import { toLexical } from '../lib/toLexical';

/** Information page for professionals: advice and case consultation. */
export const forProfessionalsPage = {
  title: 'Voor professionals',
  path: '/voor-professionals',
  seo: {
    title: 'Voor professionals – Stop it Now!',
    description: 'Advies en overleg over een casus voor professionals die te maken hebben met seksuele gevoelens of gedrag naar minderjarigen.',
  },
  layout: [
    {
      blockType: 'hero',
      heading: 'Voor professionals',
      text: 'Werk je met cliënten, patiënten, leerlingen of gezinnen, en maak je je zorgen over iemands seksuele gevoelens of gedrag naar minderjarigen? Of heb je een cliënt die naar misbruikbeelden kijkt? Je kunt bij Stop it Now! terecht voor advies en om een casus te bespreken.',
    },
    {
      blockType: 'content',
      heading: 'Wat we voor je kunnen doen',
      editorNote:
        'Voorbeeldtekst: controleer met het team hoe het overleg met professionals werkt (telefonisch, op afspraak, wie het doet), of er voorlichting of training wordt gegeven, en vul dat hier aan.',
      body: toLexical([
        {
          type: 'ul',
          items: [
            'We denken mee over een situatie of een cliënt. Je hoeft geen namen te noemen.',
            'We vertellen welke hulp er is voor iemand die zich zorgen maakt over zijn of haar gevoelens of gedrag, bijvoorbeeld bij De Waag of een andere forensische polikliniek, en hoe je iemand kunt doorverwijzen.',
            'We vertellen hoe je met iemand in gesprek kunt gaan over kijken naar misbruikbeelden, zonder te oordelen.',
            'Je kunt cliënten wijzen op de anonieme zelfhulp Stoppen is mogelijk, en naasten op de lotgenotengroepen.',
          ],
        },
        {
          type: 'p',
          text: 'Denk je dat een kind nu gevaar loopt? Volg dan de meldcode van je organisatie en neem contact op met Veilig Thuis. Bij direct gevaar bel je het alarmnummer.',
        },
      ]),
    },
    { blockType: 'helpOptions', heading: 'Neem contact op', intro: 'Bel of chat met ons tijdens onze openingstijden, of stuur een bericht via het contactformulier.' },
  ],
};
