import type { ModuleSeed } from './types.js';

const module08: ModuleSeed = {
  number: 8,
  title: 'De gevolgen',
  slug: 'gevolgen',
  summary:
    'Het kijken heeft gevolgen voor de kinderen in de beelden, voor jezelf en voor de mensen om je heen. In deze module zet je ze op een rij, lees je wat de wet zegt en wat stoppen je oplevert.',
  estimatedMinutes: 40,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet welke gevolgen het kijken heeft voor de kinderen in de beelden.',
        'Je ziet wat het kijken met jou en je leven doet.',
        'Je denkt na over de gevolgen voor de mensen om je heen.',
        'Je weet wat de wet zegt over misbruikbeelden, en wat er kan gebeuren als het uitkomt.',
        'Je zet op een rij wat doorgaan kost en wat stoppen oplevert.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Kies bij elke zin in hoeverre hij nu voor jou klopt. Er zijn geen goede of foute antwoorden.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'gevolgen-slachtoffers', text: 'Ik weet wat het kijken betekent voor slachtoffers.' },
        { key: 'gevolgen-mezelf', text: 'Ik zie welke gevolgen het kijken voor mijn eigen leven heeft.' },
        { key: 'gevolgen-naasten', text: 'Ik heb nagedacht over wat het betekent voor de mensen om mij heen.' },
        { key: 'weet-wat-de-wet-zegt', text: 'Ik weet wat de wet zegt over misbruikbeelden.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Wat het kijken aanricht',
      body: [
        {
          type: 'p',
          text: 'In deze module kijk je naar de gevolgen van het kijken. Niet om je bang te maken of je af te kraken, maar omdat een eerlijk beeld je kan helpen om te stoppen. Sommige stukken zijn zwaar. Neem de tijd, en stop even als het te veel wordt.',
        },
        { type: 'h3', text: 'Gevolgen voor de kinderen in de beelden' },
        {
          type: 'p',
          text: 'In module 5 las je dat achter elk beeld een echt kind zit. Het misbruik zelf is al heel zwaar. Daarna volgen vaak jaren met angst, nachtmerries, somberheid en moeite met vertrouwen en intimiteit. Omdat de beelden online blijven rondgaan, kan een slachtoffer het misbruik moeilijk achter zich laten. Elke kijker draagt daaraan bij. En wie kijkt, houdt de vraag naar nieuwe beelden in stand. Ook de ouders, broers en zussen van slachtoffers dragen de gevolgen vaak jarenlang mee.',
        },
        { type: 'h3', text: 'Gevolgen voor jezelf' },
        {
          type: 'p',
          text: 'Het kijken kost ook jou veel. Veel mensen leven met een geheim dat zwaar op ze drukt. Ze voelen schaamte, zijn bang om ontdekt te worden en worden somber. Het kijken kost tijd en slaap. Het kan je relatie, je werk en je vriendschappen onder druk zetten. Sommige mensen trekken zich steeds meer terug, waardoor ze eenzamer worden, en juist dat maakt de drang om te kijken weer groter.',
        },
        {
          type: 'p',
          text: 'Op korte termijn lijkt het kijken iets op te leveren: even rust, opwinding of afleiding. Op lange termijn kost het bijna altijd meer dan het geeft. Het probleem waarvoor je vluchtte, is er nog. En er zijn nieuwe problemen bij gekomen: het geheim, de angst en de schuld.',
        },
        { type: 'h3', text: 'Gevolgen voor de mensen om je heen' },
        {
          type: 'p',
          text: 'Ook je partner, kinderen, ouders en vrienden merken de gevolgen. Soms voelen ze dat er iets niet klopt, zonder te weten wat. Als het uitkomt, zijn ze vaak geschokt, boos of verdrietig. Ze kunnen te maken krijgen met een huiszoeking, met vragen van anderen, met geldzorgen en met schaamte. Wonen er kinderen in huis, dan kan het zijn dat er hulpverleners of instanties meekijken om te zorgen dat die kinderen veilig zijn.',
        },
        {
          type: 'p',
          text: 'Voor naasten is er ook hulp. Stop it Now! organiseert lotgenotengroepen voor partners, ouders, familie en vrienden. Daar praten zij met anderen die hetzelfde meemaken.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Wat zegt de wet?',
      editorNote:
        'Laat deze tekst controleren door een jurist: wat strafbaar is (ook ‘zich toegang verschaffen’ en realistische nagemaakte beelden), de uitzondering voor jongeren onderling, strafmaat, VOG. Controleer met het team wat Stop it Now! doet als iemand vertelt dat een kind nu gevaar loopt.',
      body: [
        {
          type: 'p',
          text: 'In Nederland is het strafbaar om beeldmateriaal van seksueel misbruik van minderjarigen te maken, te verspreiden, te downloaden of te bewaren. Ook het bewust bekijken ervan online is strafbaar, zelfs als je niets opslaat. Dat geldt voor beelden van iedereen onder de 18 jaar. Het maakt niet uit of je ervoor betaalt, en ook niet of je de beelden daarna weggooit. Ook nagemaakte of bewerkte beelden die er echt uitzien, kunnen strafbaar zijn.',
        },
        {
          type: 'p',
          text: 'Er kan een gevangenisstraf op staan. Na een veroordeling heb je een strafblad. Dan krijg je bijvoorbeeld geen Verklaring Omtrent het Gedrag (VOG) meer voor werk of vrijwilligerswerk met kinderen. De politie zoekt actief naar mensen die zulke beelden bekijken, downloaden of delen.',
        },
        {
          type: 'p',
          text: 'Ben je zelf jonger dan 18? Ook dan is het strafbaar om misbruikbeelden van anderen te bekijken of te delen. De wet maakt alleen een uitzondering voor jongeren van ongeveer dezelfde leeftijd die vrijwillig beelden van elkaar maken en die alleen voor zichzelf houden. Twijfel je of iets wat jij doet strafbaar is? Vraag het Stop it Now! Er is ook hulp die past bij jouw leeftijd.',
        },
        {
          type: 'p',
          text: 'We vertellen dit niet om je bang te maken, maar omdat je recht hebt op eerlijke informatie. Contact met Stop it Now! is anoniem en vertrouwelijk. We vragen niet naar je naam, en we hoeven niet te weten wie je bent om je te helpen. Vertel je ons dat een kind nu gevaar loopt? Dan bespreken we met je wat er moet gebeuren om dat kind te beschermen.',
        },
        { type: 'h3', text: 'Als het al is uitgekomen' },
        {
          type: 'p',
          text: 'Misschien is de politie al bij je geweest, of weten mensen om je heen het al. De eerste tijd daarna is voor veel mensen heel zwaar. Je kunt je wanhopig, schuldig of alleen voelen. Zoek dan steun en blijf er niet alleen mee zitten. Neem een advocaat als er een strafzaak is. En weet dat je ook nu kunt werken aan stoppen en aan een beter leven: Stop it Now! denkt met je mee, ook in deze situatie.',
        },
      ],
    },
    {
      blockType: 'crisisNote',
      intro: 'Zijn de gevolgen je te veel, of denk je aan zelfdoding? Je bent niet alleen. Praat er vandaag nog met iemand over.',
    },
    {
      blockType: 'content',
      heading: 'Gevolgen als reden om te stoppen',
      body: [
        {
          type: 'p',
          text: 'Het is zwaar om alle gevolgen op een rij te zien. Toch kan het je helpen. Als je de gevolgen helder voor ogen hebt, heb je een sterkere reden om te stoppen op het moment dat de drang komt. Schrijf ze daarom op, in je eigen woorden.',
        },
        {
          type: 'p',
          text: 'En stoppen heeft ook goede gevolgen. Veel mensen die stoppen, merken dat ze rustiger worden en beter slapen. Ze hoeven minder te liegen en te verbergen. Ze hebben meer tijd en energie voor de mensen om hen heen. En ze weten dat zij niet meer bijdragen aan het misbruik van kinderen.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Jarenlang schrok ik van elke bel aan de deur. Sinds ik gestopt ben en hulp heb, slaap ik weer.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'gevolgen-voor-mij',
      title: 'Welke gevolgen merk je nu al?',
      prompt: 'Vink aan wat het kijken nu al met jou en je leven doet. Staat iets er niet bij? Vul het zelf aan.',
      items: [
        { key: 'schaamte-schuld', label: 'Ik voel me schuldig of schaam me' },
        { key: 'angst-ontdekt', label: 'Ik ben bang dat iemand erachter komt' },
        { key: 'slecht-slapen', label: 'Ik slaap slecht of te weinig' },
        { key: 'tijd-kwijt', label: 'Ik ben veel tijd kwijt aan zoeken en kijken' },
        { key: 'relatie-onder-druk', label: 'Mijn relatie staat onder druk' },
        { key: 'werk-school', label: 'Ik heb problemen op mijn werk of in mijn opleiding' },
        { key: 'minder-contact', label: 'Ik heb minder contact met vrienden of familie' },
        { key: 'liegen-verbergen', label: 'Ik lieg of verberg dingen voor mensen om me heen' },
        { key: 'somber', label: 'Ik voel me somber of leeg' },
      ],
      allowOther: true,
    },
    {
      blockType: 'checklist',
      key: 'gevolgen-naasten',
      title: 'Wie om je heen zou het raken?',
      prompt: 'Vink aan wie geraakt zou worden als het kijken uitkwam, of wie er nu al last van heeft. Noem geen namen.',
      items: [
        { key: 'partner', label: 'Mijn partner' },
        { key: 'eigen-kinderen', label: 'Mijn kinderen' },
        { key: 'ouders', label: 'Mijn ouders' },
        { key: 'broers-zussen', label: 'Mijn broers of zussen' },
        { key: 'vrienden', label: 'Mijn vrienden' },
        { key: 'werk', label: 'Mijn collega’s of mijn werkgever' },
        { key: 'club-buurt', label: 'Mensen van mijn club, vereniging of buurt' },
      ],
      allowOther: true,
    },
    {
      blockType: 'fillInTable',
      key: 'gevolgen-op-een-rij',
      title: 'Doorgaan of stoppen?',
      prompt:
        'Schrijf per rij op wat doorgaan met kijken kost, en wat er verandert als je stopt. Neem er de tijd voor. Je mag ook een paar woorden opschrijven.',
      rows: [
        { key: 'kinderen', label: 'Voor de kinderen in de beelden' },
        { key: 'mijzelf', label: 'Voor mijzelf' },
        { key: 'naasten', label: 'Voor mijn partner, gezin of familie' },
        { key: 'werk-omgeving', label: 'Voor mijn werk, vrienden of buurt' },
      ],
      columns: [
        { key: 'doorgaan', label: 'Als ik doorga', multiline: true },
        { key: 'stoppen', label: 'Als ik stop', multiline: true },
      ],
    },
    {
      blockType: 'reflection',
      key: 'iemand-om-me-heen',
      title: 'De mensen om je heen',
      prompt:
        'Kies één persoon die belangrijk voor je is. Wat zou het voor die persoon betekenen als het kijken uitkwam? En wat zou het voor jullie betekenen als je stopt?',
    },
    {
      blockType: 'reflection',
      key: 'winst-van-stoppen',
      title: 'Wat levert stoppen op?',
      prompt:
        'Schrijf op wat er beter wordt als je stopt. Denk aan jezelf, aan de mensen om je heen en aan de kinderen in de beelden. Dit komt in je plan.',
      planSection: 'goals',
    },
    {
      blockType: 'reflection',
      key: 'gevolgen-onthouden',
      title: 'Wat wil ik onthouden?',
      prompt:
        'Kies de drie gevolgen die jou het meest raken. Schrijf ze op in één of twee zinnen, zodat je ze kunt teruglezen als de drang komt. Ze komen in je plan, bij wat je doet als de drang opkomt.',
      planSection: 'techniques',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over de gevolgen of over de wet, of maak je je zorgen? Neem anoniem en vertrouwelijk contact op met Stop it Now!',
    },
  ],
};

export default module08;
