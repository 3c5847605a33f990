import type { ModuleSeed } from './types.js';

const module02: ModuleSeed = {
  number: 2,
  title: 'De online wereld',
  slug: 'de-online-wereld',
  summary:
    'Internet is altijd dichtbij en voelt anoniem. In deze module zie je hoe dat het kijken makkelijker maakt, en welke grenzen jij online kunt stellen.',
  estimatedMinutes: 20,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt hoe internet het kijken makkelijker maakt.',
        'Je weet waarom anoniem voelen niet hetzelfde is als anoniem zijn.',
        'Je herkent hoe je online stap voor stap verder kunt gaan.',
        'Je kiest welke online grenzen jij wilt stellen.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Kies bij elke zin wat nu het beste bij jou past. Wees eerlijk: niemand anders ziet je antwoorden.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'begrijp-internet', text: 'Ik begrijp hoe internet mijn kijkgedrag beïnvloedt.' },
        { key: 'niet-anoniem', text: 'Ik weet dat ik online niet echt anoniem ben.' },
        { key: 'kan-grenzen-stellen', text: 'Ik kan online grenzen stellen voor mezelf.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Hoe internet werkt voor jou',
      body: [
        { type: 'h3', text: 'Altijd en overal dichtbij' },
        {
          type: 'p',
          text: 'Internet is er altijd: op je telefoon, je laptop, je tablet. Je kunt op elk moment zoeken wat je wilt. Dat is handig, maar het betekent ook dat een impuls heel snel gedrag wordt. Tussen de gedachte en de klik zitten soms maar een paar seconden.',
        },
        { type: 'h3', text: 'Het gevoel dat niemand je ziet' },
        {
          type: 'p',
          text: 'Online voelt het alsof niemand meekijkt. Je zit alleen achter een scherm. Daardoor lijkt iets wat je in het echt nooit zou doen, ineens minder erg. Maar dat gevoel klopt niet. Wat je online doet, laat sporen na. De politie zoekt actief naar mensen die misbruikbeelden bekijken, downloaden of delen. Elk jaar worden mensen opgespoord en vervolgd.',
        },
        {
          type: 'p',
          text: 'En ook als niemand het ooit zou ontdekken: het kijken blijft schadelijk. Voor de kinderen in de beelden, en ook voor jou.',
        },
        { type: 'h3', text: 'Stap voor stap verder' },
        {
          type: 'p',
          text: 'Websites en apps zijn gemaakt om je zo lang mogelijk vast te houden. Ze laten je steeds iets nieuws zien. Bij porno kan dat betekenen dat je steeds extremere of jongere beelden voorgeschoteld krijgt. Je raakt gewend, het oude is niet spannend meer, en je zoekt verder. Zo kom je op plekken waar je nooit van plan was te komen.',
        },
        {
          type: 'p',
          text: 'Dit heet escalatie. Het gebeurt bij veel mensen. Maar het betekent niet dat je geen keuze meer hebt. Je kunt op elk moment stoppen met klikken.',
        },
        { type: 'h3', text: 'De tijd vergeten' },
        {
          type: 'p',
          text: 'Veel mensen merken dat ze online de tijd vergeten. Je begint "even", en ineens is het drie uur ’s nachts. In die toestand denk je minder na over de gevolgen. Dan is het moeilijker om op tijd te stoppen.',
        },
        { type: 'h3', text: 'Wat kun je doen?' },
        {
          type: 'ul',
          items: [
            'Leg je telefoon en laptop ’s avonds in een andere kamer.',
            'Zet een filter of blokkering op je apparaten.',
            'Stop ook met porno met volwassenen als dat bij jou de deur opent naar meer.',
            'Verwijder apps, links en accounts die je naar misbruikbeelden leiden.',
            'Gebruik internet liever in een ruimte waar ook anderen zijn.',
          ],
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik zei tegen mezelf dat niemand het zag. Maar ik zag het zelf wel. En diep vanbinnen wist ik dat er echte kinderen achter zaten.',
      attribution: 'Iemand die gestopt is',
    },
    {
      blockType: 'checklist',
      key: 'online-risicos',
      title: 'Wat maakt het online makkelijk?',
      prompt:
        'Vink aan wat je herkent. Zo zie je welke kant van internet voor jou het meest riskant is.',
      items: [
        { key: 'telefoon-altijd-bij', label: 'Mijn telefoon is altijd binnen handbereik' },
        { key: 'laat-online', label: 'Ik ben vaak ’s avonds laat of ’s nachts online' },
        { key: 'doorklikken-porno', label: 'Ik klik door van porno met volwassenen naar jongere beelden' },
        { key: 'gevoel-anoniem', label: 'Online voel ik me onzichtbaar' },
        { key: 'chats-fora', label: 'Bepaalde chats, fora of groepen' },
        { key: 'tijd-vergeten', label: 'Ik vergeet de tijd als ik online ben' },
        { key: 'pop-ups', label: 'Pop-ups, advertenties of aanbevelingen' },
        { key: 'opgeslagen-links', label: 'Opgeslagen links, bladwijzers of accounts' },
      ],
      allowOther: true,
    },
    {
      blockType: 'checklist',
      key: 'online-grenzen',
      title: 'Welke grenzen stel jij?',
      prompt:
        'Kies de maatregelen die jij de komende week wilt nemen. Begin met één of twee die haalbaar voelen.',
      items: [
        { key: 'apparaten-buiten-slaapkamer', label: 'Telefoon en laptop ’s nachts buiten de slaapkamer' },
        { key: 'filter-installeren', label: 'Een filter of blokkering instellen' },
        { key: 'geen-porno', label: 'Geen porno meer kijken, ook niet met volwassenen' },
        { key: 'links-verwijderen', label: 'Apps, links en accounts verwijderen' },
        { key: 'internet-bij-anderen', label: 'Internet gebruiken in een ruimte met anderen erbij' },
        { key: 'schermtijd-beperken', label: 'Een vaste eindtijd voor schermgebruik' },
      ],
      allowOther: true,
      planSection: 'techniques',
    },
    {
      blockType: 'reflection',
      key: 'mijn-online-pad',
      title: 'Jouw weg online',
      prompt:
        'Beschrijf hoe je online bij misbruikbeelden terechtkwam. Welke stappen zette je? Op welk moment had je een andere keuze kunnen maken?',
    },
    {
      blockType: 'contactPrompt',
      text: 'Vragen over deze oefeningen, of zorgen over wat je online doet? Neem anoniem contact op met Stop it Now! We denken met je mee.',
    },
  ],
};

export default module02;
