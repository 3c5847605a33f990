import type { ModuleSeed } from './types.js';

const module04: ModuleSeed = {
  number: 4,
  title: 'Denkfouten',
  slug: 'denkfouten',
  summary:
    'Gedachten als „het is maar kijken” maken het makkelijker om door te gaan. In deze module leer je zulke denkfouten herkennen en er een eerlijke gedachte tegenover zetten.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet wat denkfouten zijn en waarom iedereen ze heeft.',
        'Je herkent denkfouten die het kijken in stand houden.',
        'Je leert je eigen gedachten eerlijk te bekijken.',
        'Je schrijft helpende gedachten op die je kunt gebruiken als het moeilijk wordt.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'herken-denkfouten', text: 'Ik kan merken dat ik mezelf iets wijsmaak.' },
        { key: 'kan-tegenspreken', text: 'Ik kan een excuus in mijn hoofd tegenspreken.' },
        { key: 'eerlijk-tegen-mezelf', text: 'Ik kan eerlijk zijn tegen mezelf over wat ik doe.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Gedachten die het kijken in stand houden',
      body: [
        { type: 'h3', text: 'Wat zijn denkfouten?' },
        {
          type: 'p',
          text: 'Iedereen praat zichzelf weleens iets aan. „Eén stuk taart kan best.” „Ik begin maandag wel.” Zulke gedachten maken het makkelijker om iets te doen waarvan je eigenlijk weet dat het niet goed is. Dat noemen we denkfouten. Ze komen vaak vanzelf op, snel en overtuigend.',
        },
        {
          type: 'p',
          text: 'Bij het kijken naar misbruikbeelden spelen denkfouten een grote rol. Ze maken schuldgevoel en twijfel kleiner. Daardoor kun je blijven kijken, terwijl een deel van jou wil stoppen. Een denkfout hebben maakt je geen slecht mens. Maar als je hem niet opmerkt, bepaalt hij wat je doet.',
        },
        { type: 'h3', text: 'Denkfouten die vaak voorkomen' },
        {
          type: 'ul',
          items: [
            '„Het is maar kijken, ik doe zelf niemand iets.” Maar elk beeld is het vastgelegde misbruik van een echt kind. Wie kijkt, houdt de vraag naar nieuwe beelden in stand.',
            '„Die beelden staan er toch al.” Voor slachtoffers is het extra pijnlijk dat hun misbruik steeds opnieuw wordt bekeken.',
            '„Het kind lijkt het leuk te vinden.” Een kind kan niet instemmen met seks. Een glimlach op een beeld zegt niets over wat het kind voelt. Vaak worden kinderen gedwongen om te lachen.',
            '„Ik ben geen slecht mens, dus zo erg is het niet.” Je kunt goede kanten hebben en toch iets doen wat schade aanricht. Dat gedrag kun je veranderen.',
            '„Ik heb het niet in de hand.” Zo voelt het soms. Toch kun je leren om anders met de drang om te gaan.',
            '„Nog één keer, daarna stop ik echt.” Deze gedachte komt bij de meeste mensen steeds opnieuw terug.',
            '„Niemand komt erachter.” Online laat je sporen na. En ook als niemand het ontdekt, blijft het schadelijk.',
          ],
        },
        { type: 'h3', text: 'Denkfouten tegenspreken' },
        {
          type: 'p',
          text: 'Een denkfout kun je niet altijd voorkomen. Probeer hem ook niet weg te duwen: gedachten die je wegduwt, komen vaak juist sterker terug. Merk hem liever op en bekijk hem eerlijk. Stel jezelf dan deze vragen:',
        },
        {
          type: 'ul',
          items: [
            'Is dit echt waar, of wil ik dat het waar is?',
            'Wat zou ik zeggen als een vriend dit tegen mij zei?',
            'Wat betekent dit voor het kind in de beelden?',
            'Welke gedachte helpt mij om te stoppen?',
          ],
        },
        {
          type: 'p',
          text: 'Schrijf een helpende gedachte op, zodat je hem klaar hebt als het moeilijk wordt. Bijvoorbeeld: „Ook één keer kijken doet een echt kind pijn. Ik kies ervoor om te stoppen.” Een helpende gedachte is eerlijk, kort en in je eigen woorden.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik zei altijd tegen mezelf: ik kijk alleen maar. Pas toen ik die zin hardop zei tegen een hulpverlener, hoorde ik hoe hij klonk.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'mijn-denkfouten',
      title: 'Welke denkfouten herken je?',
      prompt:
        'Vink de gedachten aan die jij weleens hebt. Heb je een eigen denkfout die er niet bij staat? Schrijf hem er dan bij.',
      items: [
        { key: 'maar-kijken', label: '„Het is maar kijken, ik doe niemand iets.”' },
        { key: 'staan-er-al', label: '„Die beelden staan er toch al.”' },
        { key: 'kind-vindt-het-leuk', label: '„Het kind lijkt het leuk te vinden.”' },
        { key: 'geen-slecht-mens', label: '„Ik ben geen slecht mens, dus zo erg is het niet.”' },
        { key: 'niet-in-de-hand', label: '„Ik heb het niet in de hand.”' },
        { key: 'nog-een-keer', label: '„Nog één keer, daarna stop ik.”' },
        { key: 'niemand-komt-erachter', label: '„Niemand komt erachter.”' },
        { key: 'ik-verdien-het', label: '„Ik heb een zware dag gehad, ik verdien dit.”' },
      ],
      allowOther: true,
    },
    {
      blockType: 'classification',
      key: 'denkfout-of-helpend',
      title: 'Denkfout of helpende gedachte?',
      prompt:
        'Lees elke zin. Kies of het een denkfout is of een gedachte die helpt om te stoppen. Twijfel je? Lees de uitleg hierboven nog eens.',
      rows: [
        { key: 'maar-een-plaatje', label: 'Het is maar een plaatje op een scherm.' },
        { key: 'echt-kind', label: 'Achter elk beeld zit een echt kind.' },
        { key: 'een-keer-kan-geen-kwaad', label: 'Eén keer kan geen kwaad.' },
        { key: 'hulp-vragen', label: 'Ik mag hulp vragen, ook als ik me schaam.' },
        { key: 'kind-lacht', label: 'Het kind lacht, dus het is niet zo erg.' },
        { key: 'drang-zakt', label: 'Ik kan de drang voelen zonder eraan toe te geven.' },
      ],
      options: [
        { key: 'denkfout', label: 'Denkfout' },
        { key: 'helpend', label: 'Helpende gedachte' },
      ],
    },
    {
      blockType: 'reflection',
      key: 'denkfout-tegenspreken',
      title: 'Spreek een denkfout tegen',
      prompt:
        'Kies een denkfout die jij vaak hebt. Schrijf op wanneer hij meestal opkomt en wat hij je laat doen. Stel jezelf daarna de vier vragen uit de uitleg en schrijf je antwoorden op.',
    },
    {
      blockType: 'fillInTable',
      key: 'helpende-gedachten',
      title: 'Mijn helpende gedachten',
      prompt:
        'Schrijf twee of drie denkfouten op die je vaak hebt. Zet er telkens een eerlijke, helpende gedachte tegenover. Deze gedachten komen in je plan, zodat je ze kunt teruglezen als de drang komt.',
      rowName: 'Gedachte',
      emptyRows: 3,
      columns: [
        { key: 'denkfout', label: 'De denkfout' },
        { key: 'helpend', label: 'Wat ik er eerlijk tegenover zet', multiline: true },
      ],
      planSection: 'techniques',
    },
    {
      blockType: 'contactPrompt',
      text: 'Vind je het lastig om je eigen gedachten tegen te spreken, of heb je vragen? Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module04;
