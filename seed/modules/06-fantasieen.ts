import type { ModuleSeed } from './types.js';

const module06: ModuleSeed = {
  number: 6,
  title: 'Fantasieën',
  slug: 'fantasieen',
  summary:
    'Bijna iedereen heeft seksuele fantasieën. Sommige kunnen je dichter bij schadelijk gedrag brengen. In deze module leer je welke dat zijn en hoe je ermee omgaat zonder ze te voeden.',
  estimatedMinutes: 35,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet dat een fantasie hebben nog niet hetzelfde is als iets doen.',
        'Je kunt herkennen wanneer een fantasie voor jou een risico wordt.',
        'Je begrijpt hoe fantasieën en kijkgedrag elkaar versterken.',
        'Je kiest manieren om met een riskante fantasie om te gaan.',
        'Je weet wat je doet als je fantasieën over een kind gaan dat je kent.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'herken-schadelijk', text: 'Ik kan herkennen wanneer een fantasie voor mij een risico wordt.' },
        { key: 'kan-onderbreken', text: 'Ik kan mijn aandacht verleggen als een riskante fantasie opkomt.' },
        { key: 'weet-waar-hulp', text: 'Ik durf met een hulpverlener of met Stop it Now! over mijn fantasieën te praten.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Over fantasieën',
      body: [
        { type: 'h3', text: 'Iedereen fantaseert' },
        {
          type: 'p',
          text: 'Fantasieën zijn beelden en verhalen in je hoofd. Bijna iedereen heeft seksuele fantasieën, ook over dingen die hij of zij in het echt nooit zou doen. Een gedachte die opkomt, kun je niet altijd tegenhouden. Een gedachte maakt je nog geen dader. Wat telt, is wat je ermee doet.',
        },
        { type: 'h3', text: 'Als je je aangetrokken voelt tot kinderen of jongeren' },
        {
          type: 'p',
          text: 'Sommige mensen merken dat hun seksuele gevoelens (ook) over kinderen of jongeren gaan. Niemand kiest daarvoor. Het is niet strafbaar om zulke gevoelens te hebben. Het wordt pas schadelijk en strafbaar als je ernaar handelt, en kijken naar misbruikbeelden hoort daarbij. Je bent dus wel verantwoordelijk voor wat je met je gevoelens doet.',
        },
        {
          type: 'p',
          text: 'Sommige mensen voelen zich ook tot volwassenen aangetrokken, anderen niet of nauwelijks. Hoe het bij jou ook is: je kunt leren om met je gevoelens te leven zonder iemand schade toe te brengen. Daar is hulp voor, en veel mensen hebben daar baat bij.',
        },
        { type: 'h3', text: 'Wanneer wordt een fantasie een risico?' },
        {
          type: 'p',
          text: 'Een fantasie over volwassenen die allebei instemmen, is op zich niet schadelijk, ook niet als die fantasie ongewoon is. Een fantasie wordt een risico als je hem voedt en vasthoudt, en als hij je dichter bij schadelijk gedrag brengt. Let op deze signalen:',
        },
        {
          type: 'ul',
          items: [
            'De fantasie gaat over kinderen of jongeren onder de 18 jaar.',
            'Je zoekt bewust beelden of situaties op om de fantasie te voeden.',
            'Je masturbeert vaak op de fantasie, waardoor hij sterker wordt.',
            'De fantasie neemt veel ruimte in je hoofd en in je dag.',
            'De fantasie gaat over een kind dat je kent.',
            'Je merkt dat je plannen maakt, contact zoekt of situaties opzoekt die bij de fantasie passen.',
          ],
        },
        { type: 'h3', text: 'Hoe fantasie en kijken elkaar versterken' },
        {
          type: 'p',
          text: 'Fantasieën en kijkgedrag houden elkaar vaak in stand. Wie naar misbruikbeelden kijkt, krijgt nieuwe beelden in zijn hoofd. Die komen later terug als fantasie. En een fantasie kan weer de drang geven om te kijken. Masturberen op zo’n fantasie maakt de band tussen opwinding en die beelden nog sterker. Zo blijft de cirkel draaien.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Wat kun je doen?',
      body: [
        {
          type: 'p',
          text: 'Probeer een fantasie niet met kracht weg te duwen of jezelf streng ‘stop’ toe te roepen. Bij veel mensen werkt dat averechts: wat je wegduwt, komt juist vaker terug. Deze manieren helpen vaak beter:',
        },
        {
          type: 'ul',
          items: [
            'Merk de fantasie op zonder jezelf te veroordelen: „Daar is die gedachte weer. Ik hoef er niets mee.”',
            'Verleg je aandacht naar het hier en nu: wat zie, hoor en voel je om je heen?',
            'Sta op en ga iets anders doen, het liefst op een andere plek of samen met anderen.',
            'Masturbeer niet op fantasieën over minderjarigen. Merk je dat dat moeilijk is? Bespreek dan met een hulpverlener wat jou helpt.',
            'Vermijd beelden, sites en situaties die de fantasie voeden.',
            'Praat erover met een hulpverlener. Veel mensen merken dat hun fantasieën minder macht krijgen als ze er niet meer alleen mee rondlopen.',
          ],
        },
        {
          type: 'p',
          text: 'Het kost tijd. Een fantasie die je lang hebt gevoed, verdwijnt niet in een week. Veel mensen merken wel dat een fantasie minder vaak en minder sterk opkomt als ze hem niet meer voeden. Elke keer dat je er niet in meegaat, is een stap vooruit.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Als je fantasieën over een kind gaan dat je kent',
      editorNote:
        'Controleer met het team: de verwijsroute naar De Waag en andere forensische poliklinieken (is een verwijzing van de huisarts nodig?) en hoe lang men ongeveer moet wachten. Pas de tekst aan als dat anders is.',
      body: [
        {
          type: 'p',
          text: 'Heb je contact met kinderen, in je gezin, je familie, je werk of je vrije tijd? En merk je dat je fantasieën over een van die kinderen gaan, of ben je bang dat je iets zou kunnen doen? Wacht dan niet. Bel Stop it Now! vandaag nog, of neem contact op via chat of het contactformulier. Zorg er intussen voor dat je niet alleen bent met dat kind.',
        },
        {
          type: 'p',
          text: 'Je bent niet de enige, en er is hulp, ook als er nog niets is gebeurd. Forensische poliklinieken, zoals De Waag, behandelen mensen met deze zorgen. Stop it Now! vertelt je welke hulp bij jou past en hoe je daar komt.',
        },
      ],
    },
    {
      blockType: 'crisisNote',
      intro: 'Ben je bang dat je nu iets doet met een kind? Of wordt het je te veel? Neem meteen contact op.',
    },
    {
      blockType: 'quote',
      text: 'Ik schaamde me zo voor mijn gedachten dat ik er nooit over praatte. Toen ik het eindelijk aan een hulpverlener vertelde, kregen ze minder grip op me.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'schadelijke-fantasieen',
      title: 'Wanneer is een fantasie voor jou een risico?',
      prompt:
        'Vink aan wat je herkent bij je eigen fantasieën. Het gaat er niet om of je je ervoor schaamt, maar om eerlijk te kijken.',
      items: [
        { key: 'over-minderjarigen', label: 'Mijn fantasieën gaan soms over kinderen of jongeren onder de 18' },
        { key: 'kind-dat-ik-ken', label: 'Mijn fantasieën gaan over een kind dat ik ken' },
        { key: 'bewust-voeden', label: 'Ik zoek beelden of situaties op om de fantasie te voeden' },
        { key: 'masturberen-op-fantasie', label: 'Ik masturbeer vaak op deze fantasieën' },
        { key: 'veel-ruimte', label: 'De fantasieën nemen veel ruimte in mijn hoofd en mijn dag' },
        { key: 'plannen-maken', label: 'Ik maak plannen of zoek situaties op die bij de fantasie passen' },
        { key: 'bij-nare-gevoelens', label: 'De fantasieën komen vooral op als ik me rot voel' },
      ],
      allowOther: true,
    },
    {
      blockType: 'techniquePicker',
      key: 'fantasie-onderbreken',
      title: 'Wat doe jij als een riskante fantasie opkomt?',
      prompt: 'Kies de manieren die jij wilt uitproberen. Ze komen in je persoonlijke plan.',
      techniques: [
        {
          key: 'opmerken-benoemen',
          name: 'Opmerken en benoemen',
          description: 'Zeg in jezelf: „Dit is een fantasie. Ik hoef er niets mee.” Zo neem je afstand van de gedachte, zonder hem weg te duwen.',
        },
        {
          key: 'vijf-zintuigen',
          name: 'Terug naar het hier en nu',
          description: 'Noem vijf dingen die je ziet, vier die je hoort en drie die je voelt. Zo haal je je aandacht uit je hoofd.',
        },
        {
          key: 'andere-plek',
          name: 'Naar een andere plek',
          description: 'Sta op en ga naar een andere kamer of naar buiten, het liefst waar andere mensen zijn.',
        },
        {
          key: 'iets-met-je-handen',
          name: 'Iets doen met je hoofd en je handen',
          description: 'Kies iets waarvoor je je aandacht nodig hebt: koken, een klus, een puzzel, sporten of muziek maken.',
        },
        {
          key: 'niet-voeden',
          name: 'De fantasie niet voeden',
          description: 'Masturbeer niet op de fantasie en zoek er geen beelden of situaties bij. Zo geef je hem minder kracht.',
        },
        {
          key: 'opschrijven-delen',
          name: 'Opschrijven en delen',
          description: 'Schrijf op wanneer de fantasie opkwam en bespreek dit met een hulpverlener of met Stop it Now!',
        },
      ],
      planSection: 'techniques',
    },
    {
      blockType: 'reflection',
      key: 'volgende-keer-anders',
      title: 'Wat doe jij de volgende keer?',
      prompt:
        'Denk aan het laatste moment waarop een riskante fantasie opkwam. Wat ging eraan vooraf, en wat deed je toen? Schrijf op wat je de volgende keer anders wilt doen.',
    },
    {
      blockType: 'reflection',
      key: 'veilig-rond-kinderen',
      title: 'Kinderen in je omgeving',
      prompt:
        'Heb je contact met kinderen, thuis, in je familie, je werk of je vrije tijd? Schrijf op welke afspraken je met jezelf maakt om hen veilig te houden. Bijvoorbeeld: nooit alleen zijn met een kind. Noem geen namen. Deze afspraken komen in je plan.',
      planSection: 'riskySituations',
    },
    {
      blockType: 'contactPrompt',
      text: 'Maak je je zorgen over je fantasieën, of wil je er met iemand over praten? Neem anoniem contact op met Stop it Now! Niets is te gek om te bespreken.',
    },
  ],
};

export default module06;
