import type { ModuleSeed } from './types.js';

const module03: ModuleSeed = {
  number: 3,
  title: 'Triggers',
  slug: 'triggers',
  summary:
    'Gevoelens, situaties en signalen van je lichaam kunnen de drang om te kijken oproepen. In deze module ontdek je wat jouw triggers zijn en wat je ermee kunt doen.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet wat een trigger is.',
        'Je kent het verschil tussen interne, externe en lichamelijke triggers.',
        'Je ontdekt welke triggers bij jou een rol spelen.',
        'Je bedenkt per trigger hoe je die vermijdt of veiliger maakt.',
        'Je zet je eigen triggers in je persoonlijke plan.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'ken-triggers', text: 'Ik kan benoemen welke dingen bij mij de drang om te kijken oproepen.' },
        { key: 'merk-op-tijd', text: 'Ik kan op tijd merken dat een trigger me raakt.' },
        { key: 'kan-vermijden', text: 'Ik kan situaties vermijden of veiliger maken die voor mij riskant zijn.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Wat zijn triggers?',
      body: [
        {
          type: 'p',
          text: 'Een trigger is iets wat de drang oproept om naar misbruikbeelden te kijken. Dat kan een gevoel zijn, een situatie of iets wat je ziet. Een trigger is niet de oorzaak van je gedrag: je kiest zelf wat je doet. Maar als je je triggers kent, zie je het gevaar eerder aankomen. Dan heb je meer tijd om iets anders te doen.',
        },
        { type: 'h3', text: 'Interne triggers: gevoelens en gedachten' },
        {
          type: 'p',
          text: 'Interne triggers zitten in jezelf. Vaak zijn het nare gevoelens die je even niet wilt voelen. Maar ook een goed gevoel kan een trigger zijn, bijvoorbeeld als je jezelf wilt ‘belonen’. Denk aan:',
        },
        {
          type: 'ul',
          items: [
            'stress of spanning;',
            'eenzaamheid of je afgewezen voelen;',
            'verveling;',
            'boosheid of je gekwetst voelen;',
            'somberheid, schuld of schaamte;',
            'opluchting of het gevoel dat je iets verdiend hebt.',
          ],
        },
        { type: 'h3', text: 'Externe triggers: situaties en prikkels' },
        {
          type: 'p',
          text: 'Externe triggers komen van buiten. Het zijn plekken, momenten of dingen die je tegenkomt. Bijvoorbeeld:',
        },
        {
          type: 'ul',
          items: [
            'alleen thuis zijn;',
            '’s avonds laat of ’s nachts online zijn;',
            'porno met volwassenen, die je stap voor stap naar jongere beelden leidt;',
            'pop-ups, advertenties en links die ineens opduiken;',
            'bepaalde websites, apps of chats;',
            'gewone foto’s van kinderen of jongeren op sociale media.',
          ],
        },
        { type: 'h3', text: 'Lichamelijke triggers' },
        {
          type: 'p',
          text: 'Ook je lichaam kan een trigger zijn. Als je moe bent, slecht hebt geslapen of onrustig bent, heb je minder rem. Alcohol en drugs maken die rem nog zwakker. En seksuele opwinding in je lijf kan de drang sterker maken.',
        },
        { type: 'h3', text: 'Triggers stapelen zich op' },
        {
          type: 'p',
          text: 'Vaak komt de drang niet door één trigger, maar door een paar tegelijk. Je hebt een zware dag gehad, je bent alleen thuis, je drinkt een paar biertjes en je ziet een pop-up. Elk van die dingen apart is misschien niet zo erg. Samen maken ze het risico groot. Hoe eerder je in zo’n keten ingrijpt, hoe makkelijker het is om niet te kijken.',
        },
        { type: 'h3', text: 'Wat doe je met een trigger?' },
        {
          type: 'p',
          text: 'Sommige triggers kun je vermijden. Je laptop hoeft niet mee naar bed. Andere triggers kun je niet vermijden, zoals stress of een lege zondag. Die kun je wel veiliger maken: je plant iets met een ander, je gaat naar buiten of je gebruikt een techniek uit module 7. Het belangrijkste is dat je het van tevoren bedenkt. Op het moment zelf is dat veel moeilijker.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht dat het zomaar gebeurde. Nu weet ik: moe, alleen en de laptop op bed. Dat is mijn gevarenzone, en daar blijf ik nu uit.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'mijn-triggers',
      title: 'Wat zijn jouw triggers?',
      prompt:
        'Vink alle triggers aan die je bij jezelf herkent: gevoelens, situaties en signalen van je lichaam. Mis je iets? Vul het dan zelf in.',
      items: [
        { key: 'gevoel-stress', label: 'Gevoel: stress of spanning' },
        { key: 'gevoel-eenzaam', label: 'Gevoel: eenzaamheid' },
        { key: 'gevoel-afgewezen', label: 'Gevoel: je afgewezen voelen' },
        { key: 'gevoel-verveling', label: 'Gevoel: verveling' },
        { key: 'gevoel-boos', label: 'Gevoel: boosheid of gekwetst zijn' },
        { key: 'gevoel-somber', label: 'Gevoel: somberheid, schuld of schaamte' },
        { key: 'gevoel-beloning', label: 'Gevoel: jezelf willen belonen' },
        { key: 'situatie-alleen-thuis', label: 'Situatie: alleen thuis zijn' },
        { key: 'situatie-laat-online', label: 'Situatie: ’s avonds laat of ’s nachts online zijn' },
        { key: 'situatie-volwassenenporno', label: 'Situatie: porno met volwassenen kijken' },
        { key: 'situatie-pop-ups', label: 'Situatie: pop-ups, advertenties of links' },
        { key: 'situatie-sites-apps', label: 'Situatie: bepaalde websites, apps of chats' },
        { key: 'situatie-sociale-media', label: 'Situatie: foto’s van kinderen of jongeren op sociale media' },
        { key: 'lichaam-moe', label: 'Lichaam: moe zijn of slecht geslapen hebben' },
        { key: 'lichaam-onrust', label: 'Lichaam: onrust of spanning in je lijf' },
        { key: 'lichaam-opwinding', label: 'Lichaam: seksuele opwinding' },
        { key: 'lichaam-alcohol-drugs', label: 'Lichaam: onder invloed van alcohol of drugs' },
      ],
      allowOther: true,
      planSection: 'triggers',
    },
    {
      blockType: 'reflection',
      key: 'eigen-triggers',
      title: 'Mijn sterkste triggers',
      prompt:
        'Welke drie triggers zijn voor jou het sterkst? Schrijf ze op in je eigen woorden. Beschrijf ook hoe je merkt dat zo’n trigger je raakt.',
      planSection: 'triggers',
    },
    {
      blockType: 'reflection',
      key: 'trigger-keten',
      title: 'Hoe stapelen jouw triggers zich op?',
      prompt:
        'Denk aan een moment waarop je keek of bijna keek. Schrijf stap voor stap op wat er die dag gebeurde. Waar had je de keten kunnen doorbreken?',
    },
    {
      blockType: 'fillInTable',
      key: 'trigger-aanpak',
      title: 'Wat doe ik met mijn triggers?',
      prompt:
        'Schrijf drie van je triggers op. Bedenk bij elke trigger hoe je hem kunt vermijden of hoe je die situatie veiliger maakt. Je antwoorden komen in je plan, bij je risicosituaties.',
      rowName: 'Trigger',
      emptyRows: 3,
      columns: [
        { key: 'trigger', label: 'Mijn trigger' },
        { key: 'aanpak', label: 'Zo vermijd ik hem, of zo maak ik het veiliger', multiline: true },
      ],
      planSection: 'riskySituations',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over je triggers, of maak je je zorgen? Neem anoniem contact op met Stop it Now! Samen kijken we wat jou kan helpen.',
    },
  ],
};

export default module03;
