import type { ModuleSeed } from './types.js';

const module11: ModuleSeed = {
  number: 11,
  title: 'Open zijn naar anderen',
  slug: 'open-zijn',
  summary: 'Ontdek waarom praten over wat je voelt helpt, wat je tegenhoudt en bij wie je terechtkunt.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt waarom praten over je gevoelens helpt bij het stoppen.',
        'Je ontdekt wat je tegenhoudt om open te zijn.',
        'Je maakt een lijst van mensen bij wie je terechtkunt.',
        'Je bereidt een eerste gesprek voor.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'gevoelens-uiten', text: 'Ik kan tegen anderen zeggen hoe ik me voel.' },
        { key: 'iemand-om-mee-te-praten', text: 'Ik kan iemand noemen bij wie ik terechtkan als het niet goed met me gaat.' },
        { key: 'om-hulp-vragen', text: 'Ik durf om hulp te vragen als ik die nodig heb.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Waarom open zijn helpt',
      body: [
        { type: 'h3', text: 'Een geheim maakt eenzaam' },
        {
          type: 'p',
          text: 'Als je naar misbruikbeelden hebt gekeken, is het begrijpelijk dat je dat geheimhoudt. Je schaamt je. Je bent bang voor de reactie van anderen of voor de gevolgen. Maar een groot geheim kost veel energie. Je moet steeds opletten wat je zegt. Misschien ga je mensen uit de weg. Zo raak je steeds meer alleen. En juist eenzaamheid is voor veel mensen een reden om te gaan kijken.',
        },
        { type: 'h3', text: 'Open zijn is meer dan alles vertellen' },
        {
          type: 'p',
          text: 'Open zijn betekent niet dat je iedereen alles moet vertellen. Het begint klein. Je zegt dat je een zware week hebt. Dat je ergens mee zit. Dat je je rot voelt. Ook dat zijn echte gesprekken. Jij kiest met wie je wat deelt. Over het vertellen van je kijkgedrag zelf gaat de volgende module.',
        },
        { type: 'h3', text: 'Wat praten je oplevert' },
        {
          type: 'ul',
          items: [
            'Je voelt je minder alleen.',
            'Spanning wordt vaak minder als je die uitspreekt.',
            'Een ander kan met je meedenken en ziet soms iets wat jij niet ziet.',
            'Je hoeft je minder anders voor te doen dan je bent.',
            'Op een moeilijk moment weet je bij wie je terechtkunt.',
          ],
        },
        { type: 'h3', text: 'Wat houdt je tegen?' },
        {
          type: 'p',
          text: 'Veel mensen denken: „Ik wil anderen niet lastigvallen”, „Ze vinden me zwak” of „Ik weet niet hoe ik het moet zeggen.” Die gedachten zijn heel normaal. Toch blijken anderen vaak meer begrip te hebben dan je verwacht. En hoe vaker je over je gevoelens praat, hoe makkelijker het wordt.',
        },
        { type: 'h3', text: 'Tips voor een goed gesprek' },
        {
          type: 'ul',
          items: [
            'Kies een rustig moment en een plek waar je niet gestoord wordt.',
            'Begin klein, bijvoorbeeld: „Ik zit ergens mee. Mag ik je iets vertellen?”',
            'Praat vanuit jezelf: „ik voel”, „ik merk”, „ik heb nodig”.',
            'Zeg wat je van de ander vraagt: luisteren, meedenken of gewoon even samen zijn.',
          ],
        },
        { type: 'h3', text: 'Bij wie kun je terecht?' },
        {
          type: 'ul',
          items: [
            'Iemand uit je omgeving die je vertrouwt: een vriend, een familielid, een collega.',
            'Je huisarts. Die heeft een beroepsgeheim en kan je doorverwijzen.',
            'Een psycholoog of andere hulpverlener, ook voor dingen als stress, somberheid of eenzaamheid.',
            'Stop it Now!, anoniem, ook als je nog niet weet wat je wilt zeggen.',
          ],
        },
        {
          type: 'p',
          text: 'Heb je (nog) niemand om mee te praten? Begin dan bij Stop it Now! of bij je huisarts. Je hoeft niet meteen alles te vertellen. Zeggen dat je ergens mee zit, is een goed begin.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht altijd dat ik alles zelf moest oplossen. De eerste keer dat ik tegen een vriend zei dat het niet goed met me ging, was doodeng. Maar hij luisterde gewoon. Daarna voelde ik me een stuk lichter.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'wat-houdt-me-tegen',
      title: 'Wat houdt je tegen?',
      prompt: 'Wat maakt het moeilijk voor jou om open te zijn over je gevoelens? Vink aan wat bij jou past.',
      items: [
        { key: 'schaamte', label: 'Ik schaam me.' },
        { key: 'bang-voor-oordeel', label: 'Ik ben bang dat de ander me veroordeelt.' },
        { key: 'niet-lastigvallen', label: 'Ik wil anderen niet lastigvallen.' },
        { key: 'geen-woorden', label: 'Ik weet niet hoe ik het moet zeggen.' },
        { key: 'zelf-oplossen', label: 'Ik vind dat ik het zelf moet oplossen.' },
        { key: 'niemand-vertrouwen', label: 'Ik weet niet wie ik kan vertrouwen.' },
        { key: 'bang-voor-gevolgen', label: 'Ik ben bang voor de gevolgen.' },
        { key: 'nooit-geleerd', label: 'Vroeger thuis praatten we nooit over gevoelens.' },
      ],
      allowOther: true,
    },
    { blockType: 'deviceNote', heading: 'Voordat je namen opschrijft' },
    {
      blockType: 'reflection',
      key: 'vertrouwenspersonen',
      title: 'Mensen bij wie ik terechtkan',
      prompt:
        'Schrijf op bij wie je terechtkunt als het niet goed gaat. Denk aan familie, vrienden, collega’s, je huisarts, een hulpverlener of Stop it Now! Schrijf erbij waarover je met deze persoon zou kunnen praten. Gebruik gerust alleen voorletters of een omschrijving. Dit komt in je plan.',
      planSection: 'people',
    },
    {
      blockType: 'reflection',
      key: 'eerste-gesprek',
      title: 'Een eerste gesprek',
      prompt:
        'Kies één persoon van je lijst. Schrijf op hoe je het gesprek zou kunnen beginnen, wat je wilt vertellen en wat je van die persoon vraagt.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Vind je het moeilijk om met iemand te praten, of heb je vragen over deze oefeningen? Neem anoniem contact op met Stop it Now! Wij luisteren zonder oordeel.',
    },
  ],
};

export default module11;
