import type { ModuleSeed } from './types.js';

const module09: ModuleSeed = {
  number: 9,
  title: 'Goed voor jezelf zorgen',
  slug: 'zelfzorg',
  summary:
    'Slaap, gezondheid, contact met anderen en een vast ritme maken je sterker tegen de drang. In deze module kies je gewoontes en doelen die bij jou passen.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je ziet hoe slaap, gezondheid en contact met anderen je helpen om te stoppen.',
        'Je brengt in kaart hoe jouw dagen en weken eruitzien.',
        'Je kiest gewoontes die je dag meer structuur geven.',
        'Je stelt kleine, haalbare doelen voor een gezonder leven.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoe gaat het nu met deze dingen? Kies bij elke zin wat het beste bij jou past.',
      scale: ['lukt nog niet', 'lukt soms', 'lukt meestal'],
      statements: [
        { key: 'genoeg-slaap', text: 'Ik slaap genoeg en op vaste tijden.' },
        { key: 'vast-ritme', text: 'Mijn dagen hebben een vast ritme.' },
        { key: 'contact-met-anderen', text: 'Ik heb genoeg contact met mensen die me goed doen.' },
        { key: 'gezond-ontspannen', text: 'Ik ontspan op een gezonde manier.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Zelfzorg helpt je stoppen',
      body: [
        { type: 'h3', text: 'Waarom goed voor jezelf zorgen ertoe doet' },
        {
          type: 'p',
          text: 'Stoppen gaat niet alleen over nee zeggen tegen de drang. Het gaat ook over een leven waarin je minder vaak in de gevarenzone komt. Als je moe, eenzaam of gestrest bent, is je rem zwakker. Als je goed slaapt, gezond leeft en mensen om je heen hebt, sta je sterker. Goed voor jezelf zorgen is dus geen luxe. Het hoort bij stoppen.',
        },
        {
          type: 'p',
          text: 'Misschien denk je: ik verdien het niet om goed voor mezelf te zorgen, na wat ik heb gedaan. Maar zelfzorg is geen beloning. Het is een manier om te zorgen dat je niet opnieuw schade aanricht.',
        },
        { type: 'h3', text: 'Slaap' },
        {
          type: 'p',
          text: 'Met te weinig slaap word je prikkelbaar en somber, en is nee zeggen moeilijker. Veel mensen kijken juist laat op de avond of ’s nachts. Een vast slaapritme helpt dus dubbel.',
        },
        {
          type: 'ul',
          items: [
            'Ga op vaste tijden naar bed en sta op vaste tijden op, ook in het weekend.',
            'Leg je telefoon en laptop een uur voor het slapen weg, het liefst buiten je slaapkamer.',
            'Drink ’s avonds geen koffie en geen alcohol.',
            'Kun je niet slapen? Sta dan op en doe iets rustigs zonder scherm, tot je slaperig wordt.',
          ],
        },
        { type: 'h3', text: 'Gezondheid' },
        {
          type: 'p',
          text: 'Bewegen is een van de beste manieren om spanning kwijt te raken. Je hoeft niet meteen te gaan hardlopen: elke dag twintig minuten wandelen helpt al. Ook op vaste tijden eten maakt je sterker. Wees voorzichtig met alcohol en drugs. Ze maken je rem zwakker en de kans op terugval groter.',
        },
        { type: 'h3', text: 'Contact met anderen' },
        {
          type: 'p',
          text: 'Eenzaamheid is voor veel mensen een sterke trigger. Houd contact met mensen die je goed doen: familie, vrienden, collega’s of buren. Je hoeft hun niet alles te vertellen. Samen iets doen, een praatje maken of even bellen helpt al. Een sportclub, vrijwilligerswerk of een cursus kan je helpen om nieuwe mensen te leren kennen. Kies daarbij activiteiten met volwassenen.',
        },
        { type: 'h3', text: 'Structuur in je dag' },
        {
          type: 'p',
          text: 'Lege uren zonder plan zijn riskant. Dan sluipt de verveling erin en gaat de computer aan. Een dagplanning geeft houvast. Plan vaste momenten voor werk of dagbesteding, eten, bewegen, contact en ontspanning. Plan ook iets leuks waar je naar uitkijkt, vooral op de momenten die voor jou riskant zijn.',
        },
        {
          type: 'p',
          text: 'Begin klein. Kies één of twee gewoontes en houd ze een paar weken vol. Lukt het een dag niet? Dat is niet erg. Pak de draad de volgende dag gewoon weer op.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht dat wandelen en op tijd naar bed gaan niets met mijn probleem te maken hadden. Maar op dagen met een vast ritme was de drang veel kleiner.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'gewoontes-dagstructuur',
      title: 'Welke gewoontes kies jij?',
      prompt:
        'Vink de gewoontes aan die je de komende weken wilt proberen. Kies liever een paar die haalbaar zijn dan heel veel tegelijk.',
      items: [
        { key: 'vaste-bedtijd', label: 'Op vaste tijden naar bed gaan en opstaan' },
        { key: 'schermen-uit-slaapkamer', label: 'Telefoon en laptop ’s nachts buiten de slaapkamer' },
        { key: 'dagelijks-bewegen', label: 'Elke dag bewegen, bijvoorbeeld een wandeling' },
        { key: 'vaste-maaltijden', label: 'Op vaste tijden eten' },
        { key: 'minder-alcohol', label: 'Minder of geen alcohol en drugs' },
        { key: 'dagplanning', label: 'Elke ochtend of avond een dagplanning maken' },
        { key: 'dagelijks-contact', label: 'Elke dag contact met iemand, ook al is het kort' },
        { key: 'iets-leuks-plannen', label: 'Elke week iets leuks plannen' },
        { key: 'ontspanning', label: 'Een vast moment voor ontspanning' },
        { key: 'dagbesteding', label: 'Werk, vrijwilligerswerk of een andere dagbesteding' },
      ],
      allowOther: true,
    },
    {
      blockType: 'reflection',
      key: 'mijn-week',
      title: 'Hoe ziet jouw week eruit?',
      prompt:
        'Beschrijf een gewone week. Op welke momenten heb je weinig te doen of voel je je alleen? Wat zou je op die momenten kunnen plannen?',
    },
    {
      blockType: 'fillInTable',
      key: 'weekplan',
      title: 'Mijn riskante momenten vullen',
      prompt:
        'Kies de momenten van de week die voor jou het meest riskant zijn. Schrijf op wat je op die momenten gaat doen, en met wie.',
      rows: [
        { key: 'doordeweeks-avond', label: 'Doordeweekse avonden' },
        { key: 'weekend', label: 'Het weekend' },
        { key: 'vrije-dag', label: 'Een vrije dag zonder plannen' },
      ],
      columns: [{ key: 'plan', label: 'Wat ik ga doen, en met wie', multiline: true }],
      planSection: 'riskySituations',
    },
    {
      blockType: 'goalSetting',
      key: 'mijn-doelen',
      title: 'Jouw doelen',
      prompt:
        'Schrijf doelen op waar je naartoe wilt werken, zoals „elke dag een half uur wandelen”. Schrijf ook op wat je wilt vermijden, zoals „geen laptop meer in bed”. Maak je doelen klein en concreet.',
      planSection: 'goals',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over deze module, of lukt het even niet om goed voor jezelf te zorgen? Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module09;
