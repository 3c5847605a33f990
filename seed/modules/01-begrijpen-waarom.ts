import type { ModuleSeed } from './types.js';

const module01: ModuleSeed = {
  number: 1,
  title: 'Begrijpen waarom',
  slug: 'begrijpen-waarom',
  summary:
    'Waarom kijk je naar misbruikbeelden, en hoe is het zo gekomen? In deze module ontdek je wat het kijken jou oplevert en welke patronen steeds terugkomen.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt beter waarom je naar misbruikbeelden kijkt.',
        'Je ziet hoe het kijken bij jou begon en hoe het erger werd.',
        'Je herkent patronen die steeds terugkomen.',
        'Je weet dat stoppen mogelijk is en dat er hulp is.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro:
        'Hoe sta je er nu voor? Kies bij elke zin hoeveel vertrouwen je hebt. Er zijn geen goede of foute antwoorden.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'weet-waarom', text: 'Ik begrijp waarom ik naar misbruikbeelden kijk.' },
        { key: 'zie-patroon', text: 'Ik zie welke patronen steeds terugkomen in mijn kijkgedrag.' },
        { key: 'kan-stoppen', text: 'Ik geloof dat ik kan stoppen met kijken.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Waarom kijk je?',
      body: [
        { type: 'h3', text: 'Je bent hier, en dat is een belangrijke stap' },
        {
          type: 'p',
          text: 'Misschien kijk je naar beeldmateriaal van seksueel misbruik van minderjarigen. Of je bent bang dat het die kant op gaat. Dat je deze module opent, laat zien dat je iets wilt veranderen. Dat vraagt moed. Deze cursus is anoniem: je hoeft nergens je naam in te vullen.',
        },
        {
          type: 'p',
          text: 'We zijn ook eerlijk tegen je. Het bekijken, downloaden en bewaren van misbruikbeelden is strafbaar. En achter elk beeld zit een echt kind dat is misbruikt. Juist daarom is stoppen zo belangrijk. Het goede nieuws: veel mensen lukt het om te stoppen. Hulp maakt daarbij een groot verschil.',
        },
        { type: 'h3', text: 'Er is niet één reden' },
        {
          type: 'p',
          text: 'Mensen die misbruikbeelden bekijken, zijn heel verschillend. Niet iedereen voelt zich seksueel aangetrokken tot kinderen of jongeren. Vaak spelen meerdere dingen tegelijk mee. Bijvoorbeeld:',
        },
        {
          type: 'ul',
          items: [
            'Nieuwsgierigheid, of de spanning van iets wat niet mag.',
            'Stress, eenzaamheid, verveling of somberheid. Kijken is dan een manier om dat even niet te voelen.',
            'Gewenning aan porno, waardoor je steeds iets nieuws of heftigers zoekt.',
            'Seksuele gevoelens voor minderjarigen.',
            'Een gevoel van troost of controle dat je ergens anders mist.',
          ],
        },
        { type: 'h3', text: 'Hoe het begon en hoe het erger werd' },
        {
          type: 'p',
          text: 'Bij veel mensen begint het klein. Je kijkt naar porno met volwassenen. Je klikt door, ziet steeds jongere mensen en raakt gewend aan wat eerst schokkend was. Zo kan het kijken stap voor stap verschuiven. Vaak gaat dat zo langzaam dat je het zelf pas laat merkt.',
        },
        { type: 'h3', text: 'Patronen herkennen' },
        {
          type: 'p',
          text: 'Als je goed terugkijkt, zie je vaak een patroon. Het kijken gebeurt op bepaalde momenten, na bepaalde gevoelens of op bepaalde plekken. Bijvoorbeeld ’s avonds laat, alleen thuis, na een ruzie of na een slechte dag op het werk.',
        },
        {
          type: 'p',
          text: 'Begrijpen waarom je kijkt, is geen excuus. Het is wel een sleutel. Als je weet wat je zoekt en wanneer het gebeurt, kun je op die momenten bewust iets anders doen. Daar gaan de volgende modules over.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht lang dat ik nu eenmaal zo was. Toen ik ging opschrijven wanneer ik keek, zag ik dat het bijna altijd na een rotdag gebeurde. Dat inzicht was mijn eerste stap.',
      attribution: 'Iemand die gestopt is',
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
        { key: 'seksuele-gevoelens', label: 'Seksuele gevoelens voor minderjarigen' },
        { key: 'troost-controle', label: 'Troost of een gevoel van controle' },
        { key: 'weet-niet', label: 'Ik weet het nog niet' },
      ],
      allowOther: true,
    },
    {
      blockType: 'reflection',
      key: 'hoe-begon-het',
      title: 'Hoe begon het?',
      prompt:
        'Schrijf op hoe het kijken bij jou begon. Wat gebeurde er toen in je leven? En hoe is het daarna veranderd?',
    },
    {
      blockType: 'reflection',
      key: 'mijn-patroon',
      title: 'Zie je een patroon?',
      prompt:
        'Denk aan de laatste keren dat je keek. Wat ging eraan vooraf: welk moment, welke plek, welk gevoel? Schrijf op wat steeds terugkomt.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over deze module, of maak je je zorgen over je kijkgedrag? Neem anoniem contact op met Stop it Now! Je hoeft je naam niet te noemen.',
    },
  ],
};

export default module01;
