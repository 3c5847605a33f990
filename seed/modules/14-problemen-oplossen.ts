import type { ModuleSeed } from './types.js';

const module14: ModuleSeed = {
  number: 14,
  title: 'Oplossen van problemen',
  slug: 'problemen-oplossen',
  summary: 'Leer problemen stap voor stap aan te pakken, in plaats van ervoor te vluchten of impulsief te handelen.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je ziet hoe problemen die blijven liggen de drang om te kijken groter kunnen maken.',
        'Je herkent hoe jij vlucht voor problemen.',
        'Je leert een probleem in zes stappen aan te pakken.',
        'Je oefent met het bedenken van meer dan één oplossing.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'eerst-nadenken', text: 'Als ik een probleem heb, kan ik rustig nadenken voordat ik iets doe.' },
        { key: 'oplossingen-bedenken', text: 'Ik kan verschillende oplossingen voor een probleem bedenken.' },
        { key: 'problemen-aangaan', text: 'Ik durf problemen aan te pakken in plaats van ze uit de weg te gaan.' },
        { key: 'hulp-vragen', text: 'Ik durf hulp te vragen als ik er zelf niet uitkom.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Vluchten of aanpakken',
      body: [
        {
          type: 'p',
          text: 'Iedereen heeft weleens problemen: ruzie, geldzorgen, stress op het werk, eenzaamheid. Sommige mensen proberen die te vergeten met iets wat op korte termijn fijn voelt. Ze drinken, gamen, scrollen eindeloos, of kijken naar porno of misbruikbeelden. Dat is vluchten. Het probleem gaat niet weg en wordt vaak groter. En er komt een nieuw probleem bij: schuld, schaamte en het risico op een strafzaak. Bovendien schaadt het kijken echte kinderen.',
        },
        {
          type: 'p',
          text: 'Impulsief handelen betekent dat je meteen doet wat in je opkomt, zonder na te denken over de gevolgen. Dat gebeurt vooral als je moe, gespannen of boos bent. Het goede nieuws: problemen oplossen is een vaardigheid. Je kunt het leren en oefenen, net als fietsen of koken.',
        },
        { type: 'h3', text: 'Een probleem aanpakken in zes stappen' },
        {
          type: 'ul',
          items: [
            'Stap 1. Stop en adem. Neem eerst wat afstand. Een besluit in paniek pakt zelden goed uit.',
            'Stap 2. Beschrijf het probleem. Wat is er precies aan de hand? Maak het zo concreet mogelijk. „Alles gaat mis” is te groot. „Ik heb twee maanden huurachterstand” kun je aanpakken.',
            'Stap 3. Bedenk oplossingen. Schrijf alles op wat in je opkomt, ook ideeën die gek lijken. Beoordeel ze nog niet.',
            'Stap 4. Weeg af. Wat zijn de voor- en nadelen van elke oplossing, nu en later? Wat is haalbaar voor jou?',
            'Stap 5. Kies en doe. Kies de oplossing die het best past. Maak een plan: wat doe je, wanneer, en wie kan helpen?',
            'Stap 6. Kijk terug. Heeft het gewerkt? Zo niet, probeer dan een andere oplossing. Dat is geen mislukking, maar leren.',
          ],
        },
        { type: 'h3', text: 'Grote problemen klein maken' },
        {
          type: 'p',
          text: 'Soms lijkt een probleem zo groot dat je niet weet waar je moet beginnen. Knip het dan op in kleine stukjes. Wat is de eerste kleine stap die je vandaag of morgen kunt zetten? Je hoeft niet alles alleen te doen. Hulp vragen is ook een oplossing. Denk aan een vriend, je huisarts, schuldhulp bij je gemeente of een hulpverlener.',
        },
        { type: 'h3', text: 'Als een probleem de drang oproept' },
        {
          type: 'p',
          text: 'Merk je dat een probleem de drang om te kijken oproept? Gebruik dan eerst je plan tegen de drang: een techniek, iemand bellen, van plek veranderen. Pak het probleem pas aan als je weer wat rustiger bent. Een probleem oplossen lukt zelden op het moment dat je het meest gespannen bent.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Als ik stress had, zocht ik een uitweg op mijn laptop. Nu schrijf ik het probleem op en bedenk ik één kleine stap. Op papier voelt het minder groot.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'vluchtgedrag',
      title: 'Hoe vlucht jij?',
      prompt:
        'Wat doe jij als je een probleem liever niet wilt voelen? Vink aan wat bij jou past. Zo herken je het de volgende keer eerder.',
      items: [
        { key: 'uitstellen', label: 'Ik stel het uit en hoop dat het vanzelf overgaat.' },
        { key: 'eindeloos-scrollen', label: 'Ik zit urenlang op mijn telefoon of computer.' },
        { key: 'porno-kijken', label: 'Ik ga porno of andere beelden kijken.' },
        { key: 'alcohol-drugs', label: 'Ik drink alcohol of gebruik drugs.' },
        { key: 'gamen', label: 'Ik ga urenlang gamen.' },
        { key: 'mensen-ontwijken', label: 'Ik ga mensen uit de weg.' },
        { key: 'uitvallen', label: 'Ik word boos op anderen.' },
        { key: 'veel-slapen', label: 'Ik ga slapen of blijf in bed liggen.' },
      ],
      allowOther: true,
    },
    {
      blockType: 'checklist',
      key: 'mijn-problemen',
      title: 'Waar loop je tegenaan?',
      prompt:
        'Welke problemen spelen er nu in je leven? Vink aan wat bij jou past. Kies daarna één probleem voor de volgende oefening.',
      items: [
        { key: 'stress-werk-school', label: 'Stress op het werk of op school' },
        { key: 'geldzorgen', label: 'Geldzorgen of schulden' },
        { key: 'spanning-relatie', label: 'Ruzie of spanning in mijn relatie of gezin' },
        { key: 'eenzaamheid', label: 'Eenzaamheid' },
        { key: 'gezondheid', label: 'Problemen met mijn gezondheid' },
        { key: 'wonen', label: 'Problemen met wonen' },
        { key: 'geen-werk', label: 'Geen werk of geen dagbesteding' },
        { key: 'slecht-slapen', label: 'Slecht slapen' },
        { key: 'zorgen-over-gevolgen', label: 'Zorgen over de gevolgen van mijn kijkgedrag' },
      ],
      allowOther: true,
    },
    {
      blockType: 'reflection',
      key: 'zes-stappen',
      title: 'Een probleem in zes stappen',
      prompt:
        'Neem het probleem dat je hebt gekozen en werk de zes stappen uit. Schrijf bij elke stap een paar zinnen: wat is het probleem, welke oplossingen zijn er, wat zijn de voor- en nadelen, wat kies je en wanneer begin je?',
    },
    {
      blockType: 'contactPrompt',
      text: 'Loop je vast met een probleem, of heb je vragen over deze oefeningen? Neem anoniem contact op met Stop it Now! Samen zoeken we naar een volgende stap.',
    },
  ],
};

export default module14;
