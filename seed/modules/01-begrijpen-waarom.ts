import type { ModuleSeed } from './types.js';

const module01: ModuleSeed = {
  number: 1,
  title: 'Begrijpen waarom',
  slug: 'begrijpen-waarom',
  summary:
    'Hoe is het kijken naar misbruikbeelden bij jou begonnen, en wat haal je eruit? In deze module zet je je eigen verhaal op een tijdlijn en ontdek je welke patronen steeds terugkomen.',
  estimatedMinutes: 40,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet wat deze cursus is en hoe je hem kunt gebruiken.',
        'Je begrijpt beter waarom jij naar misbruikbeelden kijkt of keek.',
        'Je zet op een tijdlijn hoe het begon, hoe het erger werd en wat er toen in je leven speelde.',
        'Je herkent patronen die steeds terugkomen.',
        'Je schrijft op waarom je wilt stoppen.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro:
        'Hoe sta je er nu voor? Kies bij elke zin in hoeverre hij voor jou klopt. Er zijn geen goede of foute antwoorden. Aan het eind van de module kijk je er nog een keer naar.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'weet-waarom', text: 'Ik begrijp waarom ik naar misbruikbeelden kijk of keek.' },
        { key: 'zie-patroon', text: 'Ik zie welke patronen steeds terugkomen in mijn kijkgedrag.' },
        { key: 'weet-hoe-begonnen', text: 'Ik weet hoe het kijken bij mij is begonnen en hoe het erger werd.' },
        { key: 'kan-stoppen', text: 'Ik geloof dat stoppen voor mij mogelijk is.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Welkom bij Stoppen is mogelijk',
      body: [
        {
          type: 'p',
          text: 'Misschien kijk je naar beeldmateriaal van seksueel misbruik van minderjarigen. Misschien deed je dat vroeger, of ben je bang dat het die kant op gaat. Wat het ook is: dat je hier bent, betekent dat je iets wilt veranderen. Daar is moed voor nodig.',
        },
        {
          type: 'p',
          text: 'We zijn eerlijk tegen je. Het bekijken, downloaden en bewaren van misbruikbeelden is strafbaar. Achter elk beeld zit een echt kind dat is misbruikt. Daarom is stoppen zo belangrijk. En stoppen is mogelijk: veel mensen lukt het. Hulp maakt daarbij een groot verschil.',
        },
        { type: 'h3', text: 'Over deze cursus' },
        {
          type: 'p',
          text: 'Stoppen is mogelijk bestaat uit 17 modules. Stop it Now! maakte de cursus in 2018 samen met Stop it Now! Vlaanderen. Elke module heeft dezelfde opbouw: doelen, een vertrekpunt, uitleg en oefeningen. Je doet de cursus anoniem en in je eigen tempo. Je hoeft nergens je naam in te vullen en je hebt geen account nodig.',
        },
        {
          type: 'p',
          text: 'Sommige oefeningen vullen je persoonlijke plan. Daarin staan aan het eind je triggers, je waarschuwingssignalen, wat je doet als de drang komt, mensen die je kunt bellen en je doelen. Dat plan kun je printen of opslaan.',
        },
        {
          type: 'p',
          text: 'De cursus is geen vervanging van behandeling. Merk je dat je het alleen niet redt, of maak je je zorgen over wat je zou kunnen doen? Neem dan contact op met Stop it Now! Dat kan anoniem. We denken met je mee en vertellen je welke hulp er is.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Waarom mensen kijken',
      body: [
        { type: 'h3', text: 'Er is niet één reden' },
        {
          type: 'p',
          text: 'Mensen die naar misbruikbeelden kijken, zijn heel verschillend. Jong en oud, met en zonder partner, met en zonder kinderen. Niet iedereen die kijkt, voelt zich seksueel aangetrokken tot kinderen of jongeren. Vaak spelen meerdere dingen tegelijk mee. Bijvoorbeeld:',
        },
        {
          type: 'ul',
          items: [
            'Nieuwsgierigheid, of de spanning van iets wat niet mag.',
            'Stress, eenzaamheid, verveling of somberheid. Kijken is dan een manier om dat even niet te voelen.',
            'Gewenning aan porno, waardoor je steeds iets nieuws of heftigers zoekt.',
            'Seksuele gevoelens voor kinderen of jongeren.',
            'Een gevoel van troost, controle of opwinding dat je ergens anders mist.',
            'Problemen in je relatie, met seks of met intimiteit.',
          ],
        },
        {
          type: 'p',
          text: 'Het kan ook zijn dat je het zelf nog niet goed weet. Dat is niet erg. Juist daarom begint de cursus hier. Als je begrijpt wat het kijken je oplevert, kun je zoeken naar andere manieren om dat te krijgen. Manieren die niemand schaden.',
        },
        { type: 'h3', text: 'Begrijpen is geen goedpraten' },
        {
          type: 'p',
          text: 'Begrijpen waarom je kijkt, is geen excuus. Je blijft verantwoordelijk voor wat je doet. Maar begrijpen is wel een sleutel. Als je weet wat je zoekt en wanneer het misgaat, kun je op die momenten bewust iets anders doen.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Hoe het begon en hoe het erger werd',
      body: [
        {
          type: 'p',
          text: 'Bij veel mensen begint het klein. Ze kijken naar porno met volwassenen. Ze klikken door, zien steeds jongere mensen en raken gewend aan wat eerst schokkend was. Anderen komen via een chat, een forum of een link van iemand anders bij misbruikbeelden terecht. Sommigen zochten er bewust naar, vanuit gevoelens die ze al langer hadden.',
        },
        {
          type: 'p',
          text: 'Daarna gaat het vaak stap voor stap verder. Je kijkt vaker of langer. Je zoekt andere beelden, of beelden van jongere kinderen. Je gaat dingen doen die je eerst nooit van plan was, zoals bestanden bewaren of contact zoeken met andere kijkers. Zo’n verschuiving gaat vaak zo langzaam dat je het zelf pas laat merkt.',
        },
        {
          type: 'p',
          text: 'Wat er in je leven gebeurde, speelt daarbij vaak een rol. Een verhuizing, een scheiding, werkloosheid, een verlies, veel stress of juist veel lege tijd. Als je terugkijkt, zie je soms dat het kijken toenam in periodes waarin het slecht met je ging. Daarom maak je in deze module een tijdlijn.',
        },
        { type: 'h3', text: 'Patronen herkennen' },
        {
          type: 'p',
          text: 'Als je goed terugkijkt, zie je vaak een patroon. Het kijken gebeurt op bepaalde momenten, na bepaalde gevoelens of op bepaalde plekken. Bijvoorbeeld ’s avonds laat, alleen thuis, na een ruzie of na een slechte dag op het werk.',
        },
        {
          type: 'p',
          text: 'Veel mensen herkennen ook een vaste volgorde. Eerst is er spanning of een leeg gevoel. Dan komt de gedachte aan kijken, en een stem die zegt dat het deze keer niet zo erg is. Tijdens het kijken is er even opwinding of rust. Maar meteen daarna komen schuld, schaamte en angst. Die nare gevoelens maken de kans groter dat je de volgende keer weer gaat kijken. Zo houdt het patroon zichzelf in stand.',
        },
        {
          type: 'p',
          text: 'Dat patroon kun je doorbreken. In de volgende modules leer je hoe. Je leert je triggers kennen en je gedachten eerlijk bekijken. Je leert de drang uitzitten. En je bouwt aan een leven waarin je het kijken niet meer nodig hebt.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht lang dat het gewoon bij me hoorde. Toen ik de jaren op een rij zette, zag ik dat het steeds erger werd als ik alleen was en me nutteloos voelde. Dat gaf me iets om aan te werken.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'redenen-om-te-kijken',
      title: 'Waarom kijk jij?',
      prompt:
        'Vink aan wat bij jou past. Je mag meer dan één ding kiezen. Staat jouw reden er niet bij? Schrijf hem dan zelf op.',
      items: [
        { key: 'nieuwsgierigheid', label: 'Nieuwsgierigheid' },
        { key: 'spanning', label: 'De spanning van iets wat niet mag' },
        { key: 'stress', label: 'Stress of spanning kwijtraken' },
        { key: 'eenzaamheid', label: 'Eenzaamheid' },
        { key: 'verveling', label: 'Verveling' },
        { key: 'somberheid', label: 'Somberheid of je leeg voelen' },
        { key: 'gewenning-porno', label: 'Gewenning aan porno, steeds iets nieuws zoeken' },
        { key: 'seksuele-gevoelens', label: 'Seksuele gevoelens voor kinderen of jongeren' },
        { key: 'troost-controle', label: 'Troost of een gevoel van controle' },
        { key: 'relatie-intimiteit', label: 'Problemen in mijn relatie, met seks of met intimiteit' },
        { key: 'weet-niet', label: 'Ik weet het nog niet' },
      ],
      allowOther: true,
    },
    {
      blockType: 'fillInTable',
      key: 'tijdlijn',
      title: 'Jouw tijdlijn',
      prompt:
        'Zet je eigen verhaal op een rij, van het begin tot nu. Schrijf bij elk moment hoe oud je was of welk jaar het was, wat er met het kijken gebeurde en wat er toen in je leven speelde. Begin bij het eerste moment dat je je herinnert. Je hoeft niet alles in één keer in te vullen.',
      rowName: 'Moment',
      emptyRows: 5,
      columns: [
        { key: 'wanneer', label: 'Wanneer? (leeftijd of jaar)' },
        { key: 'kijken', label: 'Wat gebeurde er met het kijken? Hoe begon het, wat veranderde er?', multiline: true },
        { key: 'leven', label: 'Wat speelde er toen in mijn leven?', multiline: true },
      ],
    },
    {
      blockType: 'reflection',
      key: 'tijdlijn-terugkijken',
      title: 'Wat laat je tijdlijn zien?',
      prompt:
        'Lees je tijdlijn terug. Wanneer werd het kijken erger? Wat was er in die periodes aan de hand? Zie je een verband met hoe het met je ging?',
    },
    {
      blockType: 'fillInTable',
      key: 'voor-tijdens-na',
      title: 'Voor, tijdens en na het kijken',
      prompt:
        'Denk aan de laatste keer dat je keek of bijna keek. Schrijf bij elke stap op wat je voelde of dacht. Zo zie je hoe het patroon bij jou werkt.',
      rows: [
        { key: 'ervoor', label: 'Vlak ervoor' },
        { key: 'tijdens', label: 'Tijdens het kijken' },
        { key: 'meteen-erna', label: 'Meteen erna' },
        { key: 'dag-later', label: 'Een dag later' },
      ],
      columns: [{ key: 'gevoel', label: 'Wat ik voelde of dacht', multiline: true }],
    },
    {
      blockType: 'reflection',
      key: 'mijn-patroon',
      title: 'Zie je een patroon?',
      prompt:
        'Denk aan de laatste keren dat je keek. Wat ging eraan vooraf: welk moment, welke plek, welk gevoel? Schrijf op wat steeds terugkomt.',
    },
    {
      blockType: 'reflection',
      key: 'waarom-stoppen',
      title: 'Waarom wil ik stoppen?',
      prompt:
        'Schrijf in een paar zinnen op waarom je wilt stoppen. Denk aan de kinderen in de beelden, aan jezelf en aan de mensen om je heen. Je kunt deze zinnen later teruglezen in je plan.',
      planSection: 'goals',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over deze module, of maak je je zorgen over je kijkgedrag? Neem anoniem contact op met Stop it Now! Je hoeft je naam niet te noemen.',
    },
  ],
};

export default module01;
