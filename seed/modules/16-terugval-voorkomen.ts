import type { ModuleSeed } from './types.js';

const module16: ModuleSeed = {
  number: 16,
  title: 'Terugval voorkomen',
  slug: 'terugval-voorkomen',
  summary:
    'Leer hoe een terugval stap voor stap ontstaat, herken je eigen waarschuwingssignalen en maak een plan voor moeilijke momenten.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt hoe een terugval stap voor stap ontstaat.',
        'Je herkent je eigen waarschuwingssignalen.',
        'Je weet welke situaties voor jou riskant zijn.',
        'Je maakt een plan voor als het moeilijk wordt.',
        'Je weet wat je doet als het toch misgaat.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoe sta je er nu voor? Kies bij elke zin wat het best bij je past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        {
          key: 'signalen-op-tijd',
          text: 'Ik merk op tijd dat het minder goed met me gaat.',
        },
        { key: 'risico-kennen', text: 'Ik weet welke situaties voor mij riskant zijn.' },
        {
          key: 'plan-bij-drang',
          text: 'Ik weet wat ik doe als de drang om te kijken sterk wordt.',
        },
        {
          key: 'weer-opstaan',
          text: 'Als het toch misgaat, weet ik hoe ik weer op het goede spoor kom.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Hoe een terugval ontstaat',
      body: [
        {
          type: 'p',
          text: 'Misschien ben je al een tijd gestopt met kijken. Dat is een grote prestatie. Toch kan de drang terugkomen, bijvoorbeeld in een drukke of verdrietige periode. Een terugval voelt vaak alsof het ineens gebeurde. Maar als je terugkijkt, zie je meestal een reeks kleine stappen. Dat noemen we de terugvalketen. Hoe eerder je een stap herkent, hoe makkelijker je kunt bijsturen.',
        },
        { type: 'h3', text: 'De terugvalketen' },
        {
          type: 'ul',
          items: [
            'Onschuldig lijkende keuzes. Kleine beslissingen die niet belangrijk lijken, maar je dichter bij een risico brengen. Bijvoorbeeld je laptop meenemen naar bed, een oude app opnieuw installeren of "even" gewone porno kijken.',
            'Waarschuwingssignalen. Veranderingen in je gevoel, gedachten of gedrag die laten zien dat het minder goed gaat. Denk aan slecht slapen, je terugtrekken, veel piekeren, stress of de gedachte "één keer kan geen kwaad".',
            'Risicosituaties. Momenten waarop de kans op kijken groot is. Bijvoorbeeld alleen thuis zijn, ’s nachts online zijn, na alcohol, na een ruzie of als je je eenzaam voelt.',
            'Een uitglijder. Je zet een eerste stap terug in het oude gedrag, zoals zoeken of klikken.',
            'Terugval. Je valt terug in het oude patroon van kijken.',
          ],
        },
        {
          type: 'p',
          text: 'Bij elke stap kun je de keten doorbreken. Hoe eerder, hoe makkelijker.',
        },
        { type: 'h3', text: 'Je plan tegen terugval' },
        {
          type: 'p',
          text: 'Op een moeilijk moment is het lastig om helder na te denken. Met een plan hoeft dat ook niet: je weet al wat je gaat doen. In een goed plan staan:',
        },
        {
          type: 'ul',
          items: [
            'je eigen waarschuwingssignalen, en wat je dan doet;',
            'je risicosituaties, en hoe je die vermijdt of veiliger maakt;',
            'technieken die voor jou werken tegen de drang, zoals afleiding zoeken, bewegen of de drang laten wegzakken;',
            'mensen die je kunt bellen, en het nummer van Stop it Now!: 0800-266 64 36 (gratis en anoniem).',
          ],
        },
        {
          type: 'p',
          text: 'Je antwoorden in deze module komen in je persoonlijke plan. Lees het regelmatig terug en pas het aan als je iets nieuws over jezelf leert.',
        },
        { type: 'h3', text: 'Als het toch misgaat' },
        {
          type: 'p',
          text: 'Een uitglijder betekent niet dat alles voor niets was. Stop meteen, sluit af en zoek contact met iemand. Kijk daarna eerlijk terug: welke stappen gingen eraan vooraf, en wat leer je daarvan? Schaamte zegt misschien dat je het toch niet kunt. Dat klopt niet. Veel mensen die gestopt zijn, hebben ook moeilijke momenten gehad. Blijf wel beseffen dat elke keer kijken strafbaar is en echte kinderen schaadt. Daarom is het zo belangrijk om meteen weer op te staan en hulp te zoeken.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht dat ik het onder controle had. Achteraf zag ik dat ik al weken slecht sliep en afspraken met vrienden afzegde. Nu let ik op die signalen en bel ik op tijd iemand.',
      attribution: 'Iemand die gestopt is',
    },
    {
      blockType: 'checklist',
      key: 'stappen-naar-terugval',
      title: 'Stappen naar terugval',
      prompt:
        'Welke van deze stappen herken je bij jezelf, nu of van vroeger? Vink aan wat bij jou past.',
      items: [
        { key: 'laptop-mee-naar-bed', label: 'Mijn telefoon of laptop meenemen naar bed' },
        { key: 'filter-uitzetten', label: 'Een filter of blokkering uitzetten' },
        { key: 'oude-apps-sites', label: 'Oude apps, sites of accounts weer opzoeken' },
        { key: 'even-porno-kijken', label: '"Even" porno met volwassenen kijken' },
        { key: 'laat-alleen-online', label: '’s Avonds laat alleen online blijven' },
        { key: 'afspraken-afzeggen', label: 'Afspraken met anderen afzeggen' },
        { key: 'alcohol-drugs', label: 'Alcohol of drugs gebruiken' },
        { key: 'dingen-geheimhouden', label: 'Dingen geheimhouden voor de mensen om me heen' },
        { key: 'een-keer-kan-geen-kwaad', label: 'Denken: één keer kan geen kwaad' },
        { key: 'hulp-overslaan', label: 'Een afspraak met mijn hulpverlener overslaan' },
      ],
      allowOther: true,
    },
    {
      blockType: 'warningSigns',
      key: 'waarschuwingssignalen',
      title: 'Mijn waarschuwingssignalen',
      prompt:
        'Schrijf je eigen waarschuwingssignalen op: gevoelens, gedachten of gedrag die laten zien dat het minder goed gaat. Schrijf bij elk signaal wat je dan gaat doen.',
      planSection: 'warningSigns',
    },
    {
      blockType: 'reflection',
      key: 'risicosituaties',
      title: 'Mijn risicosituaties',
      prompt:
        'In welke situaties is de kans groot dat je gaat kijken? Schrijf op hoe je elke situatie kunt vermijden of veiliger kunt maken.',
      planSection: 'triggers',
    },
    {
      blockType: 'reflection',
      key: 'als-het-misgaat',
      title: 'Als het toch misgaat',
      prompt:
        'Schrijf op wat je doet als je merkt dat je toch weer zoekt of kijkt. Wat doe je meteen, wie bel je, en hoe kom je daarna weer op het goede spoor?',
    },
    {
      blockType: 'contactPrompt',
      text: 'Merk je dat de drang terugkomt, of heb je vragen over je plan? Wacht niet te lang en neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module16;
