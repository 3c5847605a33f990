import type { ModuleSeed } from './types.js';

const module06: ModuleSeed = {
  number: 6,
  title: 'Fantasieën',
  slug: 'fantasieen',
  summary:
    'Iedereen heeft fantasieën, maar sommige zijn schadelijk. In deze module leer je welke dat zijn en hoe je ermee omgaat zonder ze te voeden.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet dat bijna iedereen seksuele fantasieën heeft.',
        'Je kunt herkennen welke fantasieën schadelijk zijn.',
        'Je begrijpt hoe fantasieën en kijkgedrag elkaar versterken.',
        'Je leert manieren om een schadelijke fantasie te onderbreken.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je nu in deze zinnen? Kies wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'herken-schadelijk', text: 'Ik weet welke van mijn fantasieën schadelijk zijn.' },
        { key: 'kan-onderbreken', text: 'Ik kan een schadelijke fantasie onderbreken.' },
        { key: 'weet-waar-hulp', text: 'Ik weet waar ik terechtkan als mijn fantasieën me zorgen baren.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Over fantasieën',
      body: [
        { type: 'h3', text: 'Iedereen fantaseert' },
        {
          type: 'p',
          text: 'Fantasieën zijn beelden en verhalen in je hoofd. Bijna iedereen heeft seksuele fantasieën. Een gedachte die opkomt, kun je niet altijd tegenhouden. Een gedachte hebben maakt je ook nog geen dader. Wat telt, is wat je ermee doet.',
        },
        { type: 'h3', text: 'Wanneer is een fantasie schadelijk?' },
        {
          type: 'p',
          text: 'Een fantasie wordt schadelijk als je hem voedt en vasthoudt, en als hij je dichter bij schadelijk gedrag brengt. Dat geldt zeker voor fantasieën over seks met minderjarigen. Let op deze signalen:',
        },
        {
          type: 'ul',
          items: [
            'De fantasie gaat over kinderen of jongeren onder de 18 jaar.',
            'De fantasie gaat over seks zonder toestemming, met dwang of met geweld.',
            'Je zoekt bewust beelden of situaties op om de fantasie te voeden.',
            'Je masturbeert vaak op de fantasie, waardoor hij sterker wordt.',
            'De fantasie neemt veel ruimte in je hoofd en in je dag.',
            'Je merkt dat je plannen maakt of situaties opzoekt die bij de fantasie passen.',
          ],
        },
        { type: 'h3', text: 'Hoe fantasie en kijken elkaar versterken' },
        {
          type: 'p',
          text: 'Fantasieën en kijkgedrag houden elkaar vaak in stand. Wie naar misbruikbeelden kijkt, krijgt nieuwe beelden in zijn hoofd. Die komen later terug als fantasie. En een fantasie kan weer de drang geven om te kijken. Masturberen op zo’n fantasie maakt de band tussen opwinding en die beelden nog sterker. Zo blijft de cirkel draaien.',
        },
        { type: 'h3', text: 'Wat kun je doen?' },
        {
          type: 'ul',
          items: [
            'Merk de fantasie op, zonder jezelf te veroordelen: "Daar is die gedachte weer."',
            'Onderbreek de fantasie. Sta op, ga iets anders doen of zeg hardop "stop".',
            'Richt je aandacht op het hier en nu: wat zie, hoor en voel je om je heen?',
            'Masturbeer niet op fantasieën over minderjarigen. Kies bewust voor fantasieën over volwassenen die allebei willen.',
            'Vermijd beelden en situaties die de fantasie voeden.',
            'Praat erover met een hulpverlener. Fantasieën worden vaak kleiner als je er niet meer alleen mee rondloopt.',
          ],
        },
        {
          type: 'p',
          text: 'Het kost tijd. Een fantasie die je lang hebt gevoed, verdwijnt niet in een week. Maar hij wordt wel zwakker als je hem niet meer voedt. Elke keer dat je een fantasie onderbreekt, is een stap vooruit.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik schaamde me zo voor mijn gedachten dat ik er nooit over praatte. Toen ik het eindelijk vertelde, werden ze kleiner in plaats van groter.',
      attribution: 'Iemand die hulp zocht',
    },
    {
      blockType: 'checklist',
      key: 'schadelijke-fantasieen',
      title: 'Welke fantasieën zijn schadelijk?',
      prompt:
        'Vink aan wat je herkent bij je eigen fantasieën. Het gaat er niet om of je je ervoor schaamt, maar om eerlijk te kijken.',
      items: [
        { key: 'over-minderjarigen', label: 'Mijn fantasieën gaan soms over kinderen of jongeren onder de 18' },
        { key: 'zonder-toestemming', label: 'Mijn fantasieën gaan over seks zonder toestemming of met dwang' },
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
      title: 'Hoe onderbreek jij een fantasie?',
      prompt: 'Kies de manieren die jij wilt uitproberen als een schadelijke fantasie opkomt. Ze komen in je persoonlijke plan.',
      techniques: [
        {
          key: 'opmerken-benoemen',
          name: 'Opmerken en benoemen',
          description: 'Zeg in jezelf: "Dit is een fantasie, ik hoef er niets mee." Zo neem je afstand van de gedachte.',
        },
        {
          key: 'hardop-stop',
          name: 'Hardop stop zeggen',
          description: 'Zeg hardop "stop" en verander meteen van houding of plek.',
        },
        {
          key: 'vijf-zintuigen',
          name: 'Terug naar het hier en nu',
          description: 'Noem vijf dingen die je ziet, vier die je hoort en drie die je voelt. Zo haal je je aandacht uit je hoofd.',
        },
        {
          key: 'andere-plek',
          name: 'Naar een andere plek',
          description: 'Sta op en ga naar een andere kamer of naar buiten, liefst waar andere mensen zijn.',
        },
        {
          key: 'volwassen-fantasie',
          name: 'Kiezen voor een gezonde fantasie',
          description: 'Richt je gedachten bewust op een volwassene met wie je iets fijns deelt, waarbij jullie allebei willen.',
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
        'Denk aan het laatste moment waarop een schadelijke fantasie opkwam. Wat deed je toen? Schrijf op wat je de volgende keer anders wilt doen.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Maak je je zorgen over je fantasieën, of wil je er met iemand over praten? Neem anoniem contact op met Stop it Now! Niets is te gek om te bespreken.',
    },
  ],
};

export default module06;
