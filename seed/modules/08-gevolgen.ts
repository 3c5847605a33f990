import type { ModuleSeed } from './types.js';

const module08: ModuleSeed = {
  number: 8,
  title: 'De gevolgen',
  slug: 'gevolgen',
  summary:
    'Het kijken heeft gevolgen voor de kinderen in de beelden, voor jezelf en voor de mensen om je heen. In deze module zet je ze op een rij, en lees je wat de wet zegt.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet welke gevolgen het kijken heeft voor de kinderen in de beelden.',
        'Je ziet wat het kijken met jou en je leven doet.',
        'Je denkt na over de gevolgen voor de mensen om je heen.',
        'Je weet wat de wet zegt over misbruikbeelden.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Kies bij elke zin wat nu het beste bij jou past. Je antwoorden blijven in je eigen browser.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'gevolgen-slachtoffers', text: 'Ik weet wat het kijken betekent voor slachtoffers.' },
        { key: 'gevolgen-mezelf', text: 'Ik zie welke gevolgen het kijken voor mijn eigen leven heeft.' },
        { key: 'gevolgen-naasten', text: 'Ik heb nagedacht over wat het betekent voor de mensen om mij heen.' },
        { key: 'weet-wat-de-wet-zegt', text: 'Ik weet wat de wet zegt over misbruikbeelden.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Wat het kijken aanricht',
      body: [
        { type: 'h3', text: 'Gevolgen voor de kinderen in de beelden' },
        {
          type: 'p',
          text: 'In module 5 las je dat achter elk beeld een echt kind zit. Het misbruik zelf is al heel zwaar. Daarna volgen vaak jaren met angst, nachtmerries, somberheid en moeite met vertrouwen en intimiteit. Omdat de beelden online blijven rondgaan, kan een slachtoffer het misbruik moeilijk achter zich laten. Elke kijker draagt daaraan bij.',
        },
        { type: 'h3', text: 'Gevolgen voor jezelf' },
        {
          type: 'p',
          text: 'Het kijken kost ook jou veel. Veel mensen leven met een geheim dat zwaar op ze drukt. Ze voelen schaamte, zijn bang om ontdekt te worden en worden somber. Het kijken kost tijd en slaap. Het kan je relatie, je werk en je vriendschappen onder druk zetten. En als het uitkomt, kunnen de gevolgen groot zijn: een strafzaak, een strafblad, het verlies van je baan.',
        },
        { type: 'h3', text: 'Gevolgen voor de mensen om je heen' },
        {
          type: 'p',
          text: 'Ook je partner, kinderen, ouders en vrienden merken de gevolgen. Soms voelen ze dat er iets niet klopt, zonder te weten wat. Als het uitkomt, zijn ze vaak geschokt, boos of verdrietig. Ze kunnen te maken krijgen met een huiszoeking, met vragen van anderen en met schaamte. Voor naasten is er ook hulp, bijvoorbeeld in de groepen die Stop it Now! organiseert voor partners, familie en vrienden.',
        },
        { type: 'h3', text: 'Wat zegt de wet?' },
        {
          type: 'p',
          text: 'In Nederland is het strafbaar om beeldmateriaal van seksueel misbruik van minderjarigen te maken, te verspreiden, te downloaden of te bewaren. Ook het bewust bekijken ervan online is strafbaar, zelfs als je niets opslaat. Dat geldt voor beelden van iedereen onder de 18 jaar. Het maakt niet uit of je ervoor betaalt. Ook nagemaakte of bewerkte beelden die er echt uitzien, kunnen strafbaar zijn. Er kan een gevangenisstraf op staan. De politie zoekt actief naar mensen die zulke beelden bekijken of delen.',
        },
        {
          type: 'p',
          text: 'Dit klinkt misschien hard. We vertellen het niet om je bang te maken, maar omdat je recht hebt op eerlijke informatie. Contact met Stop it Now! is anoniem en vertrouwelijk. We vragen niet naar je naam.',
        },
        { type: 'h3', text: 'Gevolgen als reden om te stoppen' },
        {
          type: 'p',
          text: 'Het is zwaar om alle gevolgen op een rij te zien. Toch kan het je helpen. Als je de gevolgen helder voor ogen hebt, heb je een sterkere reden om te stoppen. En stoppen heeft ook goede gevolgen: minder angst, meer rust, eerlijkere relaties en een leven zonder dit geheim.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Jarenlang was ik bang dat de politie zou aanbellen. Sinds ik gestopt ben en hulp heb, slaap ik weer.',
      attribution: 'Iemand die gestopt is',
    },
    {
      blockType: 'checklist',
      key: 'gevolgen-voor-mij',
      title: 'Welke gevolgen merk je nu al?',
      prompt: 'Vink aan wat het kijken nu al met jou en je leven doet. Staat iets er niet bij? Vul het zelf aan.',
      items: [
        { key: 'schaamte-schuld', label: 'Ik voel me schuldig of schaam me' },
        { key: 'angst-ontdekt', label: 'Ik ben bang dat iemand erachter komt' },
        { key: 'slecht-slapen', label: 'Ik slaap slecht of te weinig' },
        { key: 'tijd-kwijt', label: 'Ik ben veel tijd kwijt aan zoeken en kijken' },
        { key: 'relatie-onder-druk', label: 'Mijn relatie staat onder druk' },
        { key: 'werk-school', label: 'Ik heb problemen op mijn werk of opleiding' },
        { key: 'minder-contact', label: 'Ik heb minder contact met vrienden of familie' },
        { key: 'liegen-verbergen', label: 'Ik lieg of verberg dingen voor mensen om me heen' },
        { key: 'somber', label: 'Ik voel me somber of leeg' },
      ],
      allowOther: true,
    },
    {
      blockType: 'reflection',
      key: 'iemand-om-me-heen',
      title: 'De mensen om je heen',
      prompt:
        'Kies één persoon die belangrijk voor je is. Wat zou het voor die persoon betekenen als het kijken uitkwam? En wat zou het voor jullie betekenen als je stopt?',
    },
    {
      blockType: 'reflection',
      key: 'winst-van-stoppen',
      title: 'Wat levert stoppen op?',
      prompt:
        'Schrijf op wat er beter wordt als je stopt. Denk aan jezelf, aan de mensen om je heen en aan de kinderen in de beelden.',
      planSection: 'goals',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over de gevolgen of over de wet, of maak je je zorgen? Neem anoniem en vertrouwelijk contact op met Stop it Now!',
    },
  ],
};

export default module08;
