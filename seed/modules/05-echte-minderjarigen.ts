import type { ModuleSeed } from './types.js';

const module05: ModuleSeed = {
  number: 5,
  title: 'Dit zijn echte minderjarigen in de beelden',
  slug: 'echte-minderjarigen',
  summary:
    'Achter elk beeld zit een echt kind of een echte jongere. In deze module sta je stil bij de slachtoffers, en bij de gedachten waarmee je het kijken goedpraat.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je beseft dat elk beeld gaat over een echt kind of een echte jongere.',
        'Je weet welke schade slachtoffers oplopen, ook lang na het misbruik.',
        'Je herkent gedachten waarmee je het kijken goedpraat.',
        'Je vindt een eigen reden om te stoppen.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Kies bij elke zin wat nu het beste bij jou past. Er zijn geen goede of foute antwoorden.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'denk-aan-kind', text: 'Als ik aan de beelden denk, denk ik ook aan het kind dat erin staat.' },
        { key: 'ken-schade', text: 'Ik weet welke schade het kijken doet bij slachtoffers.' },
        { key: 'geen-goedpraten', text: 'Ik praat het kijken niet meer goed voor mezelf.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Elk beeld is een echt kind',
      body: [
        { type: 'h3', text: 'Geen acteurs, geen fantasie' },
        {
          type: 'p',
          text: 'Misbruikbeelden zijn geen film met acteurs. Elke foto en elke video laat zien hoe een echt kind of een echte jongere seksueel wordt misbruikt. Dat kind had een naam, een familie en een school. Het had geen keuze.',
        },
        {
          type: 'p',
          text: 'Op een scherm lijkt het ver weg. Je ziet de angst, de pijn en de tijd daarna niet. Maar die zijn er wel. Het scherm maakt het misbruik niet minder echt.',
        },
        { type: 'h3', text: 'De schade stopt niet na het misbruik' },
        {
          type: 'p',
          text: 'Slachtoffers dragen de gevolgen vaak hun hele leven mee. Veel van hen hebben last van angst, somberheid, schaamte en moeite om anderen te vertrouwen. Daar komt iets bij wat extra zwaar is: ze weten dat de beelden nog rondgaan. Iedere keer dat iemand kijkt, wordt hun misbruik opnieuw bekeken. Sommige slachtoffers zijn bang dat mensen op straat hen herkennen.',
        },
        {
          type: 'p',
          text: 'Wie kijkt, downloadt of deelt, houdt de vraag naar beelden in stand. Die vraag zorgt ervoor dat er nieuwe beelden worden gemaakt, en dat er dus nieuwe kinderen worden misbruikt. Daarom is ook het bekijken strafbaar.',
        },
        { type: 'h3', text: 'Hoe je het voor jezelf goedpraat' },
        {
          type: 'p',
          text: 'Om te kunnen blijven kijken, zoekt je hoofd soms uitwegen. Misschien herken je er een paar:',
        },
        {
          type: 'ul',
          items: [
            '"Het is niet echt, het is maar een beeld."',
            '"Ze is vast ouder dan ze eruitziet."',
            '"Het kind lacht, dus het vindt het niet erg."',
            '"Als ik niet kijk, kijkt iemand anders wel."',
            '"Het is lang geleden gemaakt, het kind is nu volwassen."',
          ],
        },
        {
          type: 'p',
          text: 'Deze gedachten halen het kind uit beeld. Ze maken van een mens een plaatje. In module 4 las je al over denkfouten. Hier gaat het om één vraag: wat betekent dit voor het kind?',
        },
        { type: 'h3', text: 'Je geweten als kracht' },
        {
          type: 'p',
          text: 'Het kan pijn doen om zo naar de beelden te kijken. Misschien voel je schuld of schaamte. Dat is niet fijn, maar het laat zien dat je om anderen geeft. Gebruik dat gevoel niet om jezelf af te kraken. Gebruik het als reden om te stoppen, en om hulp te zoeken als je dat nodig hebt.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik had de kinderen altijd weggedacht. Toen ik ze zag als kinderen uit mijn eigen straat, kon ik niet meer doen alsof.',
      attribution: 'Iemand die gestopt is',
    },
    {
      blockType: 'checklist',
      key: 'mijn-goedpraters',
      title: 'Hoe praat jij het goed?',
      prompt:
        'Vink de gedachten aan die jij weleens hebt gehad. Wees eerlijk: juist door ze te herkennen, verliezen ze hun kracht.',
      items: [
        { key: 'niet-echt', label: '"Het is niet echt, het is maar een beeld."' },
        { key: 'ouder-dan-het-lijkt', label: '"Ze is vast ouder dan ze eruitziet."' },
        { key: 'kind-lacht', label: '"Het kind lacht, dus het vindt het niet erg."' },
        { key: 'iemand-anders-wel', label: '"Als ik niet kijk, kijkt iemand anders wel."' },
        { key: 'lang-geleden', label: '"Het is lang geleden gemaakt."' },
        { key: 'niet-betaald', label: '"Ik betaal er niet voor, dus ik doe niemand kwaad."' },
      ],
      allowOther: true,
    },
    {
      blockType: 'reflection',
      key: 'stem-van-het-kind',
      title: 'Wat zou het kind zeggen?',
      prompt:
        'Stel je voor dat een kind uit de beelden later, als volwassene, hoort dat mensen nog steeds kijken. Wat zou die persoon tegen jou willen zeggen? Schrijf het op.',
    },
    {
      blockType: 'reflection',
      key: 'reden-om-te-stoppen',
      title: 'Mijn reden om te stoppen',
      prompt:
        'Schrijf in een paar zinnen op waarom je wilt stoppen, voor de kinderen in de beelden en voor jezelf. Lees dit terug als de drang sterk is.',
      planSection: 'goals',
    },
    {
      blockType: 'contactPrompt',
      text: 'Roept deze module veel bij je op, of heb je vragen? Je staat er niet alleen voor. Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module05;
