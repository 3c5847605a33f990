import type { ModuleSeed } from './types.js';

const module12: ModuleSeed = {
  number: 12,
  title: 'Openbaring',
  slug: 'openbaring',
  summary:
    'Denk na over het vertellen van je kijkgedrag aan je partner, familie, een hulpverlener of je werkgever. Maak een plan: aan wie, wanneer, wat je zegt, hoe de ander kan reageren en wat het betekent voor de veiligheid van kinderen.',
  estimatedMinutes: 45,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je denkt na over de voor- en nadelen van vertellen over je kijkgedrag.',
        'Je bepaalt aan wie je het wilt vertellen, en wanneer.',
        'Je weet wat vertellen kan betekenen voor de veiligheid van kinderen om je heen.',
        'Je weet welke reacties je kunt verwachten en hoe je daarmee omgaat.',
        'Je maakt een plan voor het gesprek, en voor de steun die je daarna nodig hebt.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro:
        'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past. Het is helemaal goed als je nog twijfelt.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'weet-aan-wie', text: 'Ik kan bedenken aan wie ik mijn verhaal zou kunnen vertellen.' },
        { key: 'reactie-aankunnen', text: 'Ik kan omgaan met de reactie van een ander, ook als die heftig is.' },
        { key: 'gesprek-voorbereiden', text: 'Ik kan zo’n gesprek goed voorbereiden.' },
        { key: 'kinderen-veilig', text: 'Ik kan overzien wat vertellen betekent voor de veiligheid van kinderen om mij heen.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Vertellen over je kijkgedrag',
      body: [
        { type: 'h3', text: 'Een grote stap' },
        {
          type: 'p',
          text: 'Openbaring betekent dat je iemand vertelt dat je naar beeldmateriaal van seksueel misbruik van minderjarigen hebt gekeken. Dat is een grote en persoonlijke stap. Je hoeft het niet meteen te doen. Veel mensen merken wel dat het opluchting geeft. Ze hoeven geen geheim meer te bewaren. En iemand die het weet, kan je steunen bij het stoppen en je helpen om je aan je plan te houden.',
        },
        {
          type: 'p',
          text: 'Vertellen heeft ook risico’s. Een relatie kan veranderen of stoppen. Iemand kan het doorvertellen. En soms moet er iets gebeuren om kinderen te beschermen. Daarom is het verstandig om het gesprek goed voor te bereiden, en er eerst met een hulpverlener of met Stop it Now! over te praten.',
        },
        { type: 'h3', text: 'Eerst voor jezelf op een rij' },
        {
          type: 'ul',
          items: [
            'Waarom wil ik het vertellen? Voor steun, om eerlijk te zijn, of omdat de ander het recht heeft om het te weten?',
            'Wat hoop ik dat er daarna gebeurt?',
            'Wat kan het voor de ander betekenen, nu en later?',
            'Zijn er kinderen bij betrokken, in huis, in de familie of op mijn werk?',
            'Heb ik zelf genoeg steun, bijvoorbeeld van een hulpverlener?',
          ],
        },
        { type: 'h3', text: 'Aan wie vertel je het?' },
        {
          type: 'p',
          text: 'Voor een partner is het vaak een schok. Er komt veel op hem of haar af: verdriet, boosheid, vragen over de relatie en soms zorgen over kinderen in het gezin. Geef je partner tijd en ruimte. Een partner heeft er vaak recht op om het te weten, zeker als jullie samen kinderen hebben of als er kinderen in huis komen.',
        },
        {
          type: 'p',
          text: 'Bij familie en vrienden kun je kiezen met wie je begint. Vaak is dat iemand bij wie je je veilig voelt en die zelf niet te veel geraakt wordt. Een huisarts of hulpverlener is voor veel mensen een goede eerste persoon: die heeft een beroepsgeheim en kan je verder helpen.',
        },
        {
          type: 'p',
          text: 'Je werkgever hoeft het meestal niet te weten. Maar het kan wel belangrijk zijn, bijvoorbeeld als je met kinderen werkt of als je op een computer van je werk hebt gekeken. Bespreek dan eerst met een hulpverlener of met Stop it Now! wat verstandig is.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Kinderen en veiligheid',
      editorNote:
        'Controleer met het team en een jurist: hoe beroepsgeheim en de meldcode werken bij zorgen over een kind, wanneer Veilig Thuis in beeld komt, en wat Stop it Now! zelf doet als iemand vertelt dat een kind gevaar loopt. Controleer ook de verwijsroute naar De Waag en andere forensische poliklinieken.',
      body: [
        {
          type: 'p',
          text: 'Vertellen gaat niet alleen over jou en de ander. Als er kinderen in je leven zijn, gaat het ook over hen. Wonen er kinderen bij je in huis, of heeft je partner kinderen? Werk je met kinderen, pas je op kinderen in de familie of doe je vrijwilligerswerk met jongeren? Dan kan het nodig zijn om afspraken te maken die die kinderen beschermen. Bijvoorbeeld dat je nooit alleen bent met een kind, of dat je (voorlopig) stopt met werk met kinderen.',
        },
        {
          type: 'p',
          text: 'Een partner die het hoort, wil vaak weten of de eigen kinderen veilig zijn. Dat is een begrijpelijke en goede vraag. Bereid je erop voor dat je partner daarover met een hulpverlener wil praten. Soms wordt Veilig Thuis ingeschakeld om mee te kijken. Dat is geen straf, maar bescherming, en het kan jou ook helpen om duidelijke afspraken te maken.',
        },
        {
          type: 'p',
          text: 'Een hulpverlener heeft een beroepsgeheim. Maar als een kind in gevaar is, mag een hulpverlener dat geheim doorbreken om het kind te beschermen. Vraag gerust van tevoren hoe dat werkt.',
        },
        { type: 'h3', text: 'Ben je bang dat je iets doet met een kind?' },
        {
          type: 'p',
          text: 'Heb je nu contact met kinderen en ben je bang dat je iets zou kunnen doen? Of merk je dat je gevoelens over een kind sterker worden? Wacht dan niet tot je een gesprek hebt voorbereid. Bel vandaag nog Stop it Now! en zorg dat je niet alleen bent met dat kind. Er is hulp, ook als er nog niets is gebeurd: forensische poliklinieken zoals De Waag behandelen mensen met deze zorgen. Stop it Now! vertelt je welke hulp bij jou past.',
        },
      ],
    },
    {
      blockType: 'crisisNote',
      intro: 'Vertellen kan veel losmaken, bij jou en bij de ander. Wordt het te veel, of is een kind in gevaar? Neem meteen contact op.',
    },
    {
      blockType: 'content',
      heading: 'Het gesprek',
      body: [
        { type: 'h3', text: 'Wanneer en waar' },
        {
          type: 'p',
          text: 'Kies een rustig moment en een plek waar jullie niet gestoord worden, en waar kinderen niet meeluisteren. Zorg dat er daarna tijd is om bij te komen, voor jullie allebei. Vertel het liever niet vlak voor een verjaardag, een vakantie of een drukke werkdag.',
        },
        { type: 'h3', text: 'Wat zeg je?' },
        {
          type: 'p',
          text: 'Begin met de kern, in gewone woorden. Draai er niet omheen en maak het niet kleiner dan het is. Bijvoorbeeld: „Ik moet je iets vertellen waar ik me erg voor schaam. Ik heb naar seksuele beelden van kinderen gekeken. Ik weet dat dat ernstig is. Ik wil stoppen en ik zoek hulp.” Vertel daarna wat je doet om te stoppen, en wat je van de ander vraagt. Bereid je voor op vragen als: hoe lang al, waarom, en heb je ooit iets met een kind gedaan?',
        },
        { type: 'h3', text: 'Hoe mensen kunnen reageren' },
        {
          type: 'p',
          text: 'Iedereen reageert anders. En de eerste reactie is vaak niet de laatste. Je kunt onder meer dit verwachten:',
        },
        {
          type: 'ul',
          items: [
            'Schrik of ongeloof: „Dat kan niet waar zijn.”',
            'Boosheid, verdriet of teleurstelling.',
            'Veel vragen: hoe lang al, waarom, wat betekent dit voor ons?',
            'Zorgen over kinderen in het gezin of de familie.',
            'Afstand nemen, soms voor een tijd.',
            'Steun en waardering omdat je eerlijk bent.',
          ],
        },
        {
          type: 'p',
          text: 'Probeer je niet te verdedigen en praat niets goed. Luister, erken wat de ander voelt en vertel wat je doet om te stoppen. Geef de ander tijd. Een ander mag ook boos blijven of even niets met je te maken willen hebben.',
        },
        { type: 'h3', text: 'Na het gesprek' },
        {
          type: 'p',
          text: 'Zoek zelf steun als het gesprek zwaar was. Zorg voor jezelf, juist dan: de dagen na zo’n gesprek zijn voor veel mensen een risicomoment. Ook de ander heeft misschien steun nodig. Partners, ouders, familie en vrienden kunnen terecht bij Stop it Now! en in de lotgenotengroepen voor naasten.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht dat mijn broer nooit meer met me wilde praten. Hij was eerst heel boos. Een paar weken later belde hij en vroeg hoe het met me ging. Dat had ik nooit verwacht.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'waarom-vertellen',
      title: 'Waarom wil je het vertellen?',
      prompt: 'Vink aan wat voor jou een reden is om het te vertellen, of om te twijfelen. Je mag meer dan één ding kiezen.',
      items: [
        { key: 'geen-geheim', label: 'Ik wil geen geheim meer hoeven bewaren.' },
        { key: 'steun', label: 'Ik wil steun bij het stoppen.' },
        { key: 'recht-om-te-weten', label: 'Ik vind dat de ander het recht heeft om het te weten.' },
        { key: 'kinderen-beschermen', label: 'Er zijn kinderen bij betrokken die beschermd moeten worden.' },
        { key: 'komt-toch-uit', label: 'Ik ben bang dat het toch uitkomt.' },
        { key: 'twijfel-relatie', label: 'Ik twijfel, omdat ik bang ben de relatie kwijt te raken.' },
        { key: 'twijfel-gevolgen', label: 'Ik twijfel, omdat ik bang ben voor de gevolgen.' },
      ],
      allowOther: true,
    },
    {
      blockType: 'classification',
      key: 'aan-wie-vertellen',
      title: 'Aan wie vertel ik het?',
      prompt: 'Denk aan de mensen in je leven. Kies per persoon wat nu het best bij je past. Je kunt dit later altijd veranderen.',
      rows: [
        { key: 'partner', label: 'Mijn partner' },
        { key: 'ouders', label: 'Mijn ouders' },
        { key: 'broer-of-zus', label: 'Een broer of zus' },
        { key: 'goede-vriend', label: 'Een goede vriend of vriendin' },
        { key: 'huisarts', label: 'Mijn huisarts' },
        { key: 'hulpverlener', label: 'Een hulpverlener' },
        { key: 'werkgever', label: 'Mijn werkgever' },
      ],
      options: [
        { key: 'weet-het-al', label: 'Weet het al' },
        { key: 'binnenkort', label: 'Wil ik binnenkort vertellen' },
        { key: 'misschien-later', label: 'Misschien later' },
        { key: 'liever-niet', label: 'Liever niet' },
        { key: 'niet-van-toepassing', label: 'Niet van toepassing' },
      ],
    },
    {
      blockType: 'checklist',
      key: 'kinderen-en-veiligheid',
      title: 'Kinderen om je heen',
      prompt:
        'Vink aan wat voor jou geldt. Geldt een van deze dingen? Bespreek dan met Stop it Now! of een hulpverlener hoe je kinderen veilig houdt, het liefst voordat je het gesprek voert.',
      items: [
        { key: 'kinderen-in-huis', label: 'Er wonen kinderen bij mij in huis.' },
        { key: 'kinderen-partner', label: 'Mijn partner heeft kinderen.' },
        { key: 'oppassen', label: 'Ik pas weleens op kinderen, bijvoorbeeld in de familie.' },
        { key: 'werk-met-kinderen', label: 'Ik werk met kinderen of jongeren, betaald of als vrijwilliger.' },
        { key: 'online-contact', label: 'Ik heb online contact met minderjarigen.' },
        { key: 'geen-van-deze', label: 'Geen van deze dingen geldt voor mij.' },
      ],
      allowOther: true,
    },
    { blockType: 'deviceNote', heading: 'Voordat je je plan opschrijft' },
    {
      blockType: 'fillInTable',
      key: 'openbaringsplan',
      title: 'Mijn plan voor het gesprek',
      prompt:
        'Maak een plan voor één of twee gesprekken. Beantwoord per gesprek alle vragen, ook de vraag over de veiligheid van kinderen. Gebruik gerust een omschrijving in plaats van een naam. Dit plan komt niet in je persoonlijke plan.',
      rowName: 'Gesprek',
      emptyRows: 2,
      columns: [
        { key: 'wie', label: 'Aan wie?' },
        { key: 'wanneer', label: 'Wanneer en waar?' },
        { key: 'wat', label: 'Wat wil ik zeggen?', multiline: true },
        { key: 'reactie', label: 'Hoe kan de ander reageren, en wat doe ik dan?', multiline: true },
        { key: 'kinderen', label: 'Wat betekent dit gesprek voor de veiligheid van kinderen?', multiline: true },
      ],
    },
    {
      blockType: 'checklist',
      key: 'verwachte-reacties',
      title: 'Welke reactie verwacht je?',
      prompt:
        'Denk aan de persoon aan wie je het misschien wilt vertellen. Welke reacties zijn mogelijk? Vink aan wat je verwacht, zodat je er beter op voorbereid bent.',
      items: [
        { key: 'schrik', label: 'De ander schrikt of gelooft het niet.' },
        { key: 'boos', label: 'De ander wordt boos.' },
        { key: 'verdrietig', label: 'De ander wordt verdrietig of teleurgesteld.' },
        { key: 'veel-vragen', label: 'De ander stelt veel vragen.' },
        { key: 'afstand', label: 'De ander neemt (even) afstand.' },
        { key: 'zorgen-over-kinderen', label: 'De ander maakt zich zorgen over kinderen in de buurt.' },
        { key: 'steun', label: 'De ander biedt steun.' },
        { key: 'waardering', label: 'De ander waardeert dat ik eerlijk ben.' },
      ],
      allowOther: true,
    },
    {
      blockType: 'reflection',
      key: 'gesprek-plannen',
      title: 'Je eerste zinnen',
      prompt:
        'Schrijf op met welke zinnen je het gesprek begint. Zeg wat er is gebeurd, wat je doet om te stoppen en wat je van de ander vraagt. Lees het hardop voor aan jezelf: klopt het, en maak je niets kleiner dan het is?',
    },
    {
      blockType: 'reflection',
      key: 'steun-na-gesprek',
      title: 'Steun na het gesprek',
      prompt:
        'Bij wie kun je terecht na het gesprek, op de dag zelf en in de weken daarna? Schrijf op wie, en wat je van die persoon vraagt. Dit komt in je plan, bij de mensen die je kunt bellen.',
      planSection: 'people',
    },
    {
      blockType: 'contactPrompt',
      text: 'Twijfel je of en hoe je het wilt vertellen, of heb je vragen over deze oefeningen? Neem anoniem contact op met Stop it Now! We denken graag met je mee.',
    },
  ],
};

export default module12;
