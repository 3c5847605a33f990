import type { ModuleSeed } from './types.js';

const module07: ModuleSeed = {
  number: 7,
  title: 'Verslaving',
  slug: 'verslaving',
  summary:
    'Voelt het kijken als een verslaving, of als iets wat je moet doen? In deze module doe je een zelftest, leer je het verschil tussen verslaving en dwangmatig gedrag, en oefen je met technieken tegen de drang.',
  estimatedMinutes: 45,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je kent het verschil tussen verslaving en dwangmatig gedrag.',
        'Je kijkt met een zelftest eerlijk naar je eigen kijkgedrag.',
        'Je begrijpt hoe de drang werkt, en waarom hij weer zakt.',
        'Je kiest technieken die je helpen als de drang opkomt, en je maakt als-dan-plannen.',
        'Je houdt bij hoe sterk je drang is en wat helpt.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'drang-op-tijd-merken', text: 'Ik kan op tijd merken dat de drang om te kijken opkomt.' },
        { key: 'drang-weerstaan', text: 'Ik kan de drang voelen zonder te gaan kijken.' },
        { key: 'technieken-kennen', text: 'Ik kan een techniek gebruiken die mij helpt bij een sterke drang.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Verslaving en dwangmatig gedrag',
      body: [
        { type: 'h3', text: 'Welk woord past bij jou?' },
        {
          type: 'p',
          text: 'Veel mensen die misbruikbeelden bekijken, zeggen: „Ik ben verslaafd.” Soms klopt dat. Soms past een ander woord beter. Het verschil helpt je te begrijpen wat er bij jou speelt, en wat jou kan helpen.',
        },
        {
          type: 'p',
          text: 'Bij verslaving zoek je steeds weer een kick of een beloning. Je hebt steeds meer of steeds heftiger materiaal nodig voor hetzelfde effect. Als je stopt, word je onrustig of prikkelbaar. En je gaat door, ook al zie je de schade.',
        },
        {
          type: 'p',
          text: 'Bij dwangmatig gedrag gaat het minder om plezier. Je doet iets om spanning, angst of onrust kwijt te raken. Daarna voel je even opluchting, en dan schuld of schaamte. De spanning loopt weer op en het begint opnieuw.',
        },
        {
          type: 'p',
          text: 'Bij veel mensen is het een mix. En het kan verschillen: hoe je naar porno met volwassenen kijkt, kan anders zijn dan hoe je naar misbruikbeelden kijkt. Bij sommige mensen past geen van beide woorden. Zij kijken vooral uit nieuwsgierigheid of vanuit seksuele gevoelens voor kinderen. Ook dan helpen de technieken in deze module.',
        },
        { type: 'h3', text: 'Signalen' },
        {
          type: 'ul',
          items: [
            'Je kijkt vaker of langer dan je van plan was.',
            'Je hebt al vaak geprobeerd te stoppen, maar het lukte niet.',
            'Je zoekt steeds heftiger of nieuwer materiaal.',
            'Je besteedt veel tijd aan zoeken, kijken en bijkomen.',
            'Je werk, slaap, relaties of hobby’s lijden eronder.',
            'Je wordt onrustig of prikkelbaar als je niet kunt kijken.',
            'Je kijkt vooral om nare gevoelens niet te hoeven voelen.',
          ],
        },
        { type: 'h3', text: 'Geen excuus, wel een verklaring' },
        {
          type: 'p',
          text: 'Het woord verslaving kan klinken als: „Ik kan er niets aan doen.” Dat is niet zo. Ook als het kijken op een verslaving lijkt, blijf je zelf verantwoordelijk voor wat je doet. Het goede nieuws is dat je kunt leren om anders met de drang om te gaan.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Hoe de drang werkt',
      body: [
        { type: 'h3', text: 'Je hoofd leert een snelle uitweg' },
        {
          type: 'p',
          text: 'Als kijken je een paar keer snel rust, troost of opwinding gaf, onthoudt je hoofd dat. De volgende keer dat je je gespannen, eenzaam of verveeld voelt, komt de gedachte aan kijken vanzelf op. Zo ontstaat een gewoonte: een trigger, dan het kijken, dan even opluchting. Daarna volgen schuld, schaamte en angst, en die maken de volgende trigger weer sterker.',
        },
        {
          type: 'p',
          text: 'Zo’n gewoonte kun je afleren, maar dat gaat niet in één keer. Elke keer dat de drang komt en je niet kijkt, leert je hoofd iets nieuws: „Het gevoel ging ook zonder kijken voorbij.” Voor veel mensen zijn de eerste weken het zwaarst.',
        },
        { type: 'h3', text: 'De drang is als een golf' },
        {
          type: 'p',
          text: 'Een drang komt op, wordt sterker, bereikt een top en zakt dan weer. Ook als je er niets mee doet. Vaak duurt de top maar een paar minuten, al voelt dat op het moment zelf veel langer. Veel mensen merken dat de golven kleiner en zeldzamer worden naarmate ze er vaker één hebben uitgezeten zonder te kijken. Bij de een gaat dat sneller dan bij de ander.',
        },
        { type: 'h3', text: 'Meegaan op de golf' },
        {
          type: 'p',
          text: 'Meegaan op de golf (in het Engels ‘urge surfing’) is een manier om de drang uit te zitten zonder ertegen te vechten. Zo doe je het:',
        },
        {
          type: 'ul',
          items: [
            'Merk op dat de drang er is. Zeg in jezelf: „Daar is de drang.”',
            'Voel waar je hem in je lichaam merkt: in je buik, je borst, je handen?',
            'Adem rustig. Kijk hoe de drang sterker wordt, zonder er iets mee te doen.',
            'Blijf kijken hoe hij verandert. Geef hem een cijfer van 1 tot 10.',
            'Merk op dat hij na een tijd zakt. Schrijf daarna in je drangdagboek wat er gebeurde.',
          ],
        },
        { type: 'h3', text: 'Als-dan-plannen' },
        {
          type: 'p',
          text: 'Op het moment zelf is het moeilijk om na te denken. Daarom helpt het om van tevoren te bedenken wat je gaat doen. Dat heet een als-dan-plan. Bijvoorbeeld: „Als ik ’s avonds alleen ben en zin krijg om te zoeken, dan ga ik een rondje lopen en bel ik mijn zus.” Hoe concreter het plan, hoe groter de kans dat je het uitvoert.',
        },
        { type: 'h3', text: 'Als het niet lukt' },
        {
          type: 'p',
          text: 'Lukt het je niet om de drang te weerstaan, ook niet met deze technieken? Dan hoef je het niet alleen te doen. Neem contact op met Stop it Now! Samen kijken we welke hulp er is, bijvoorbeeld bij een forensische polikliniek zoals De Waag. Ook je huisarts kan je verder helpen.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'De eerste weken was de drang soms enorm. Dan ging ik naar buiten en belde ik mijn broer. Na een tijd merkte ik dat de golven kleiner werden.',
      provenance: 'illustrative',
    },
    {
      blockType: 'selfTest',
      key: 'zelftest-dwangmatig',
      title: 'Zelftest: hoe dwangmatig is je kijken?',
      prompt:
        'Lees elke uitspraak en kies wat het beste past bij de afgelopen drie maanden. Denk aan het kijken naar misbruikbeelden, en aan porno als dat voor jou erbij hoort. Je uitkomst verschijnt als je alles hebt beantwoord.',
      statements: [
        { key: 'vaker-dan-gepland', text: 'Ik kijk vaker of langer dan ik van plan was.' },
        { key: 'stoppen-lukt-niet', text: 'Ik heb geprobeerd te stoppen of minder te kijken, maar dat lukte niet.' },
        { key: 'steeds-heftiger', text: 'Ik zoek steeds heftiger of nieuwer materiaal.' },
        { key: 'veel-tijd', text: 'Zoeken, kijken en bijkomen kosten me veel tijd.' },
        { key: 'gevoelens-wegduwen', text: 'Ik kijk om spanning, verveling of nare gevoelens niet te hoeven voelen.' },
        { key: 'onrustig-zonder', text: 'Als ik niet kan kijken, word ik onrustig of prikkelbaar.' },
        { key: 'veel-denken', text: 'Ook als ik niet kijk, denk ik er veel aan.' },
        { key: 'ondanks-gevolgen', text: 'Ik ga door, terwijl ik weet dat het mij en anderen schaadt.' },
        { key: 'leven-lijdt', text: 'Mijn slaap, werk, relaties of hobby’s lijden eronder.' },
        { key: 'geheim-houden', text: 'Ik doe veel moeite om het kijken verborgen te houden.' },
      ],
      options: [
        { key: 'nee', label: 'Nee', points: 0 },
        { key: 'soms', label: 'Soms', points: 1 },
        { key: 'vaak', label: 'Vaak of altijd', points: 2 },
      ],
      results: [
        {
          fromScore: 0,
          text: 'Je herkent weinig kenmerken van dwangmatig kijken. Misschien spelen bij jou andere dingen een grotere rol, zoals nieuwsgierigheid of seksuele gevoelens. Het kan ook zijn dat het moeilijk is om dit eerlijk te zien; dat is heel menselijk. Hoe dan ook: kijken blijft strafbaar en schadelijk, en de technieken in deze module kunnen je helpen.',
        },
        {
          fromScore: 5,
          text: 'Je herkent een aantal kenmerken van dwangmatig kijken. Het kijken lijkt voor jou soms een manier om met spanning of gevoelens om te gaan, en het lukt niet altijd om op tijd te stoppen. Dat is goed om te weten: je kunt er gericht aan werken met de technieken en het drangdagboek in deze module. Een gesprek met Stop it Now! kan je helpen kiezen wat bij jou past.',
        },
        {
          fromScore: 12,
          text: 'Je herkent veel kenmerken van dwangmatig kijken. Het kijken lijkt veel grip op je leven te hebben. Dat betekent niet dat je het niet kunt veranderen, maar wel dat je het beter niet alleen doet. Praat erover met Stop it Now! of met je huisarts. Gespecialiseerde hulp, bijvoorbeeld bij een forensische polikliniek, kan je goed helpen.',
        },
      ],
      disclaimer:
        'Deze zelftest stelt geen diagnose. Hij is niet wetenschappelijk getoetst en zegt niets over wie je bent. Hij helpt je alleen om eerlijk te kijken naar hoe het kijken bij jou werkt. Wat er bij jou speelt, kun je het beste bespreken met een hulpverlener. Je antwoorden en je uitkomst blijven op dit apparaat.',
    },
    {
      blockType: 'classification',
      key: 'verslaving-of-dwang',
      title: 'Verslaving of dwangmatig gedrag?',
      prompt:
        'Kijk naar je eigen gedrag. Kies per soort beelden wat het beste bij jou past. Twijfel je? Kies wat er het dichtst bij komt.',
      rows: [
        { key: 'volwassenenporno', label: 'Porno met volwassenen' },
        { key: 'misbruikbeelden', label: 'Beeldmateriaal van seksueel misbruik van minderjarigen' },
      ],
      options: [
        { key: 'verslaving', label: 'Verslaving' },
        { key: 'dwangmatig-gedrag', label: 'Dwangmatig gedrag' },
        { key: 'geen-van-beide', label: 'Geen van beide' },
      ],
    },
    {
      blockType: 'checklist',
      key: 'drang-merken',
      title: 'Hoe merk jij dat de drang opkomt?',
      prompt:
        'Hoe eerder je de drang opmerkt, hoe meer tijd je hebt om iets anders te doen. Vink aan waaraan jij merkt dat hij eraan komt.',
      items: [
        { key: 'onrust-lijf', label: 'Onrust of spanning in mijn lijf' },
        { key: 'gedachte-even-kijken', label: 'De gedachte: ik kijk alleen even' },
        { key: 'tijd-alleen-plannen', label: 'Ik ga tijd alleen regelen of anderen ontwijken' },
        { key: 'doelloos-scrollen', label: 'Ik ga doelloos scrollen of doorklikken' },
        { key: 'opwinding', label: 'Seksuele opwinding' },
        { key: 'prikkelbaar', label: 'Ik word prikkelbaar of ongeduldig' },
        { key: 'regels-oprekken', label: 'Ik rek mijn eigen regels op, zoals de laptop mee naar bed' },
      ],
      allowOther: true,
      planSection: 'warningSigns',
    },
    {
      blockType: 'techniquePicker',
      key: 'mijn-technieken',
      title: 'Welke technieken kies jij?',
      prompt:
        'Lees de technieken en kies de technieken die jij wilt proberen als de drang opkomt. Je keuzes komen in je persoonlijke plan.',
      techniques: [
        {
          key: 'actief-afleiden',
          name: 'Actief afleiden',
          description: 'Ga iets doen waarvoor je je hoofd en je handen nodig hebt: sporten, koken, een klus of een spel met iemand.',
        },
        {
          key: 'iemand-vertellen',
          name: 'Iemand in vertrouwen nemen',
          description: 'Bel of app iemand die je vertrouwt, of neem contact op met Stop it Now! Je hoeft niet alles te vertellen. Zeggen dat je het moeilijk hebt, is genoeg.',
        },
        {
          key: 'urge-surfing',
          name: 'Meegaan op de golf',
          description: 'Merk de drang op zonder eraan toe te geven. Voel waar hij in je lichaam zit. Kijk hoe hij opkomt, een top bereikt en weer zakt.',
        },
        {
          key: 'vluchtroute',
          name: 'Een vluchtroute',
          description: 'Ga meteen weg uit de situatie: leg je telefoon weg, klap de laptop dicht en ga naar een andere kamer of naar buiten.',
        },
        {
          key: 'ontspanning',
          name: 'Ontspanning',
          description: 'Adem rustig in door je neus en langzaam uit door je mond. Of span je spieren een paar tellen aan en laat ze dan los.',
        },
        {
          key: 'koud-water',
          name: 'Koud water',
          description: 'Was je gezicht met koud water of neem een koude douche. De prikkel haalt je even uit de drang.',
        },
        {
          key: 'redenen-kaartje',
          name: 'Een kaartje met je redenen',
          description: 'Schrijf je redenen om te stoppen op een kaartje of in je plan. Lees ze als de drang opkomt.',
        },
        {
          key: 'drang-uitstellen',
          name: 'Uitstellen',
          description: 'Zet een wekker op tien minuten en doe in die tijd iets anders. Vaak is de top van de golf dan al voorbij.',
        },
      ],
      planSection: 'techniques',
    },
    {
      blockType: 'fillInTable',
      key: 'als-dan-plan',
      title: 'Mijn als-dan-plannen',
      prompt:
        'Bedenk drie momenten waarop de drang vaak komt. Schrijf bij elk moment op wat je dan gaat doen. Maak het zo concreet mogelijk. Je plannen komen in je persoonlijke plan.',
      rowName: 'Plan',
      emptyRows: 3,
      columns: [
        { key: 'als', label: 'Als… (moment, plek of gevoel)' },
        { key: 'dan', label: 'Dan… (wat ik ga doen)' },
      ],
      planSection: 'techniques',
    },
    {
      blockType: 'reflection',
      key: 'golf-uitzitten',
      title: 'Een golf uitzitten',
      prompt:
        'Probeer de volgende keer dat de drang komt mee te gaan op de golf. Schrijf daarna op: waar voelde je de drang, hoe sterk was hij op zijn hoogst, hoe lang duurde het voordat hij zakte, en wat hielp je?',
    },
    {
      blockType: 'urgeDiary',
      key: 'drangdagboek',
      title: 'Jouw drangdagboek',
      prompt:
        'Schrijf de komende tijd op wanneer je een drang voelde. Noteer de situatie, hoe sterk de drang was (1 tot 10), welke techniek je gebruikte en hoe sterk de drang daarna nog was.',
      rows: 5,
    },
    {
      blockType: 'contactPrompt',
      text: 'Lukt het niet om de drang te weerstaan, of heb je vragen over deze oefeningen? Neem anoniem contact op met Stop it Now! Je hoeft het niet alleen te doen.',
    },
  ],
};

export default module07;
