import type { ModuleSeed } from './types.js';

const module13: ModuleSeed = {
  number: 13,
  title: 'Zelfbeeld en assertiviteit',
  slug: 'zelfbeeld',
  summary:
    'Ontdek hoe je over jezelf denkt, hoe je je sterke kanten ziet en hoe je op een rustige manier voor jezelf opkomt.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je ontdekt hoe je over jezelf denkt.',
        'Je begrijpt hoe een negatief zelfbeeld het kijken in stand kan houden.',
        'Je leert het verschil tussen schuld en schaamte.',
        'Je ziet je sterke kanten beter.',
        'Je oefent met assertief reageren.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'goede-eigenschappen', text: 'Ik kan drie goede eigenschappen van mezelf noemen.' },
        { key: 'mild-voor-mezelf', text: 'Ik kan mild zijn voor mezelf als iets niet lukt.' },
        { key: 'nee-zeggen', text: 'Ik kan nee zeggen als ik iets niet wil.' },
        { key: 'mening-geven', text: 'Ik durf mijn mening te geven, ook als een ander het oneens is.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Hoe kijk je naar jezelf?',
      body: [
        {
          type: 'p',
          text: 'Je zelfbeeld is hoe je over jezelf denkt: wat je kunt, wat je waard bent en hoe anderen je zien. Veel mensen die naar misbruikbeelden hebben gekeken, denken heel negatief over zichzelf. „Ik ben slecht.” „Ik ben niets waard.” „Het lukt me toch nooit.” Soms was dat zelfbeeld er al lang voordat het kijken begon.',
        },
        { type: 'h3', text: 'Schuld en schaamte' },
        {
          type: 'p',
          text: 'Het is belangrijk dat je verantwoordelijkheid neemt voor wat je hebt gedaan. Kijken naar deze beelden is strafbaar en schaadt echte kinderen. Schuld voelen over je gedrag kan je helpen om te veranderen: „Ik heb iets verkeerds gedaan en ik wil het anders doen.”',
        },
        {
          type: 'p',
          text: 'Schaamte gaat een stap verder: „Ik bén slecht.” Dat gevoel maakt je machteloos. Je wordt er somber en eenzaam van. En dat zijn juist gevoelens die de drang om te kijken groter kunnen maken. Je bent meer dan je gedrag. Dat je wilt stoppen, zegt iets over wie je wilt zijn.',
        },
        { type: 'h3', text: 'De criticus in je hoofd' },
        {
          type: 'p',
          text: 'Veel mensen hebben een stem in hun hoofd die alles afkraakt. Die stem denkt dat hij je scherp houdt, maar meestal maakt hij je moedeloos. Probeer eens tegen jezelf te praten zoals je tegen een goede vriend zou praten die een fout heeft gemaakt en wil veranderen: eerlijk, maar niet hard. Dat is geen goedpraten. Het helpt je juist om vol te houden.',
        },
        { type: 'h3', text: 'Werken aan een eerlijker zelfbeeld' },
        {
          type: 'ul',
          items: [
            'Let op hoe je tegen jezelf praat. Zou je zo ook tegen een vriend praten?',
            'Schrijf elke dag één ding op dat goed ging, hoe klein ook.',
            'Kijk naar je sterke kanten: wat kun je goed, en waar zijn anderen blij mee?',
            'Doe dingen waar je trots op kunt zijn, zoals sporten, iets nieuws leren of iemand helpen.',
          ],
        },
        { type: 'h3', text: 'Assertief zijn' },
        {
          type: 'p',
          text: 'Wie weinig waarde aan zichzelf hecht, komt vaak ook weinig voor zichzelf op. Je zegt ja terwijl je nee bedoelt. Je slikt je mening in. Dat geeft spanning en frustratie die zich opstapelen. Er zijn grofweg drie manieren om te reageren:',
        },
        {
          type: 'ul',
          items: [
            'Passief: je zegt niets en past je aan, ook als je het er niet mee eens bent.',
            'Agressief: je zegt wat je wilt, maar ten koste van de ander. Bijvoorbeeld door te schreeuwen of de ander klein te maken.',
            'Assertief: je zegt rustig en duidelijk wat je vindt of nodig hebt, met respect voor de ander.',
          ],
        },
        {
          type: 'p',
          text: 'Assertief zijn kun je leren. Begin in kleine situaties waarin weinig op het spel staat, bijvoorbeeld in een winkel of bij een collega. Gebruik de ik-vorm: zeg wat je ziet, wat je voelt en wat je wilt. Elke keer dat het lukt, groeit je zelfvertrouwen.',
        },
        { type: 'h3', text: 'Als je heel somber over jezelf bent' },
        {
          type: 'p',
          text: 'Soms wordt het negatieve beeld zo sterk dat je niet meer verder wilt, of dat je denkt dat anderen beter af zijn zonder jou. Blijf daar niet alleen mee rondlopen. Praat erover met iemand die je vertrouwt, met je huisarts of met een van de hulplijnen hieronder.',
        },
      ],
    },
    {
      blockType: 'crisisNote',
      intro: 'Denk je aan zelfdoding, of wordt het je te veel? Je hoeft het niet alleen te doen. Neem nu contact op.',
    },
    {
      blockType: 'quote',
      text: 'Ik zag mezelf als een monster. Mijn therapeut hielp me zien dat ik iets ernstigs had gedaan, maar dat ik ook iemand ben die kan veranderen. Dat gaf me de kracht om door te zetten.',
      provenance: 'illustrative',
    },
    {
      blockType: 'reflection',
      key: 'sterke-kanten',
      title: 'Mijn sterke kanten',
      prompt:
        'Schrijf minstens drie dingen op die je goed kunt, of die anderen in je waarderen. Lukt dat niet goed? Bedenk dan wat een vriend, collega of familielid over je zou zeggen.',
    },
    {
      blockType: 'reflection',
      key: 'mild-voor-mezelf',
      title: 'Zoals tegen een vriend',
      prompt:
        'Schrijf een zin op die de criticus in je hoofd vaak zegt. Schrijf daaronder wat je tegen een goede vriend zou zeggen die hetzelfde meemaakt: eerlijk, maar niet hard.',
    },
    {
      blockType: 'classification',
      key: 'hoe-reageer-ik',
      title: 'Hoe reageer jij?',
      prompt:
        'Lees elke situatie. Kies hoe jij meestal reageert: passief, agressief of assertief. Er is geen goed of fout; het gaat erom dat je jezelf leert kennen.',
      rows: [
        { key: 'iets-niet-willen', label: 'Iemand vraagt je iets te doen wat je niet wilt.' },
        { key: 'oneens-met-vriend', label: 'Je bent het oneens met een vriend of vriendin.' },
        { key: 'oneerlijk-behandeld', label: 'Iemand behandelt je oneerlijk.' },
        { key: 'kritiek-krijgen', label: 'Je krijgt kritiek op je werk.' },
        { key: 'hulp-nodig', label: 'Je hebt hulp nodig van iemand anders.' },
        { key: 'onderbroken-worden', label: 'Iemand onderbreekt je steeds.' },
      ],
      options: [
        { key: 'passief', label: 'Passief' },
        { key: 'agressief', label: 'Agressief' },
        { key: 'assertief', label: 'Assertief' },
      ],
    },
    {
      blockType: 'reflection',
      key: 'assertief-antwoord',
      title: 'Een assertief antwoord',
      prompt:
        'Kies een situatie waarin je meestal passief of agressief reageert. Schrijf op hoe je assertief zou kunnen reageren. Gebruik de ik-vorm: wat ik zie, wat ik voel en wat ik wil.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over deze oefeningen, of zit je erg in met hoe je over jezelf denkt? Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module13;
