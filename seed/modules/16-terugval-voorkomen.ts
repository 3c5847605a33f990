import type { ModuleSeed } from './types.js';

const module16: ModuleSeed = {
  number: 16,
  title: 'Terugval voorkomen',
  slug: 'terugval-voorkomen',
  summary:
    'Leer hoe een terugval stap voor stap ontstaat, herken je eigen waarschuwingssignalen en maak een compleet plan: voor moeilijke momenten, en voor als het toch misgaat.',
  estimatedMinutes: 50,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt hoe een terugval stap voor stap ontstaat.',
        'Je herkent je eigen waarschuwingssignalen en risicosituaties.',
        'Je weet wat je doet als de drang sterk wordt, en wie je belt.',
        'Je weet wat je doet als het toch misgaat.',
        'Je hebt een compleet plan tegen terugval, dat je kunt printen of opslaan.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'signalen-op-tijd', text: 'Ik kan op tijd merken dat het minder goed met me gaat.' },
        { key: 'risico-kennen', text: 'Ik kan benoemen welke situaties voor mij riskant zijn.' },
        { key: 'plan-bij-drang', text: 'Ik kan mijn plan gebruiken als de drang om te kijken sterk wordt.' },
        { key: 'weer-opstaan', text: 'Ik kan weer op het goede spoor komen als het toch misgaat.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Hoe een terugval ontstaat',
      body: [
        {
          type: 'p',
          text: 'Misschien ben je al een tijd gestopt met kijken. Dat is een grote prestatie. Toch kan de drang terugkomen, bijvoorbeeld in een drukke, eenzame of verdrietige periode. Een terugval voelt vaak alsof hij ineens gebeurde. Maar als je terugkijkt, zie je meestal een reeks kleine stappen. Dat noemen we de terugvalketen. Hoe eerder je een stap herkent, hoe makkelijker je kunt bijsturen.',
        },
        { type: 'h3', text: 'De terugvalketen' },
        {
          type: 'ul',
          items: [
            'Onschuldig lijkende keuzes. Kleine beslissingen die niet belangrijk lijken, maar je dichter bij een risico brengen. Bijvoorbeeld je laptop meenemen naar bed, een oude app opnieuw installeren of ‘even’ porno met volwassenen kijken.',
            'Waarschuwingssignalen. Veranderingen in je gevoel, gedachten of gedrag die laten zien dat het minder goed gaat. Denk aan slecht slapen, je terugtrekken, veel piekeren, stress of de gedachte „één keer kan geen kwaad”.',
            'Risicosituaties. Momenten waarop de kans op kijken groot is. Bijvoorbeeld alleen thuis zijn, ’s nachts online zijn, na alcohol, na een ruzie of als je je eenzaam voelt.',
            'Een uitglijder. Je zet een eerste stap terug in het oude gedrag, zoals zoeken, doorklikken of één keer kijken.',
            'Terugval. Je valt terug in het oude patroon van kijken.',
          ],
        },
        {
          type: 'p',
          text: 'Bij elke stap kun je de keten doorbreken. Hoe eerder, hoe makkelijker. Een onschuldig lijkende keuze terugdraaien kost weinig moeite. Midden in een risicosituatie is het veel zwaarder.',
        },
        { type: 'h3', text: 'Een uitglijder is nog geen terugval' },
        {
          type: 'p',
          text: 'Na een uitglijder denken veel mensen: „Zie je wel, het lukt me toch niet. Nu maakt het ook niet meer uit.” Die gedachte is gevaarlijk. Hij zorgt ervoor dat één keer kijken uitloopt op weken. Schaamte zegt dat je het toch niet kunt. Dat klopt niet. Veel mensen die gestopt zijn, hebben ook moeilijke momenten gehad. Wat telt, is wat je daarna doet. Bekijk een uitglijder als informatie: hij laat zien welk deel van je plan nog niet sterk genoeg was.',
        },
        {
          type: 'p',
          text: 'Blijf wel eerlijk tegen jezelf: ook één keer kijken is strafbaar en schaadt echte kinderen. Daarom is het zo belangrijk om na een uitglijder meteen te stoppen, contact te zoeken en te leren van wat er gebeurde.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Je plan tegen terugval',
      body: [
        {
          type: 'p',
          text: 'Op een moeilijk moment is het lastig om helder na te denken. Met een plan hoeft dat ook niet: je weet al wat je gaat doen. In deze module maak je je plan af. Je antwoorden komen in je persoonlijke plan, samen met wat je in eerdere modules hebt ingevuld. Daar staan ook het nummer en de openingstijden van Stop it Now!, en de nummers die je dag en nacht kunt bellen. Je plan bevat:',
        },
        {
          type: 'ul',
          items: [
            'je triggers en je waarschuwingssignalen, met wat je dan doet;',
            'je risicosituaties, en hoe je die vermijdt of veiliger maakt;',
            'technieken die voor jou werken als de drang komt;',
            'mensen die je kunt bellen of appen, en wanneer;',
            'je redenen om te stoppen en je doelen;',
            'wat je doet als het toch misgaat;',
            'hulp die je altijd kunt bereiken.',
          ],
        },
        { type: 'h3', text: 'Hoe gebruik je je plan?' },
        {
          type: 'p',
          text: 'Een plan werkt het best als je het kent voordat je het nodig hebt. Lees het een paar keer door. Print het of sla het op, op een plek waar jij het snel kunt vinden en anderen het niet zomaar zien. Bespreek het met een hulpverlener of met iemand die je vertrouwt. En pas het aan als je iets nieuws over jezelf leert: een plan is nooit af. Kijk bijvoorbeeld elke week even of het nog klopt, en zeker na een moeilijke periode.',
        },
        { type: 'h3', text: 'Contact met kinderen' },
        {
          type: 'p',
          text: 'Heb je contact met kinderen, thuis, in je familie, je werk of je vrije tijd? Neem dan ook afspraken over kinderen op in je plan, bijvoorbeeld bij je risicosituaties: nooit alleen zijn met een kind.',
        },
        {
          type: 'p',
          text: 'Merk je dat je gevoelens over een kind sterker worden, of ben je bang dat je iets zou kunnen doen? Wacht dan niet tot het beter gaat. Bel vandaag nog Stop it Now! en zorg dat je niet alleen bent met dat kind. Er is hulp, ook als er nog niets is gebeurd: forensische poliklinieken zoals De Waag behandelen mensen met deze zorgen. Stop it Now! vertelt je welke hulp bij jou past.',
        },
      ],
      editorNote:
        'Controleer met het team: de verwijsroute naar De Waag en andere forensische poliklinieken (is een verwijzing van de huisarts nodig?) en hoe lang men ongeveer moet wachten.',
    },
    {
      blockType: 'content',
      heading: 'Als het toch misgaat',
      body: [
        {
          type: 'p',
          text: 'Merk je dat je toch weer zoekt, doorklikt of kijkt? Dan is dit wat je doet:',
        },
        {
          type: 'ul',
          items: [
            'Stop meteen. Sluit alles af en ga weg van het scherm, het liefst naar een plek waar andere mensen zijn.',
            'Neem contact op met iemand uit je plan, of met Stop it Now! Je hoeft niet alles te vertellen. Zeggen dat het mis is gegaan, is genoeg.',
            'Wees eerlijk, maar kraak jezelf niet af. Schaamte maakt de kans op een volgende keer groter.',
            'Kijk terug als je weer rustig bent: welke stappen uit de terugvalketen gingen eraan vooraf? Waar had je eerder kunnen ingrijpen?',
            'Pas je plan aan. Voeg de signalen en situaties toe die je nog niet kende.',
          ],
        },
        {
          type: 'p',
          text: 'Gaat het vaker mis, of lukt het niet om weer op te staan? Dan is dat een teken dat je meer hulp nodig hebt, niet dat je hopeloos bent. Stop it Now! denkt met je mee over behandeling die bij jou past.',
        },
      ],
    },
    {
      blockType: 'crisisNote',
      intro: 'Ben je bang dat je iets doet met een kind, of wordt het je te veel na een terugval? Neem meteen contact op.',
    },
    {
      blockType: 'quote',
      text: 'Ik dacht dat ik het onder controle had. Achteraf zag ik dat ik al weken slecht sliep en afspraken met vrienden afzegde. Nu let ik op die signalen en bel ik op tijd iemand.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'stappen-naar-terugval',
      title: 'Onschuldig lijkende keuzes',
      prompt: 'Welke van deze stappen herken je bij jezelf, nu of van vroeger? Vink aan wat bij jou past.',
      items: [
        { key: 'laptop-mee-naar-bed', label: 'Mijn telefoon of laptop meenemen naar bed' },
        { key: 'filter-uitzetten', label: 'Een filter of blokkering uitzetten' },
        { key: 'oude-apps-sites', label: 'Oude apps, sites of accounts weer opzoeken' },
        { key: 'even-porno-kijken', label: '‘Even’ porno met volwassenen kijken' },
        { key: 'laat-alleen-online', label: '’s Avonds laat alleen online blijven' },
        { key: 'afspraken-afzeggen', label: 'Afspraken met anderen afzeggen' },
        { key: 'alcohol-drugs', label: 'Alcohol of drugs gebruiken' },
        { key: 'dingen-geheimhouden', label: 'Dingen geheimhouden voor de mensen om me heen' },
        { key: 'een-keer-kan-geen-kwaad', label: 'Denken: één keer kan geen kwaad' },
        { key: 'hulp-overslaan', label: 'Een afspraak met mijn hulpverlener overslaan' },
      ],
      allowOther: true,
    },
    {
      blockType: 'warningSigns',
      key: 'waarschuwingssignalen',
      title: 'Mijn waarschuwingssignalen',
      prompt:
        'Schrijf je eigen waarschuwingssignalen op: gevoelens, gedachten of gedrag die laten zien dat het minder goed gaat. Schrijf bij elk signaal wat je dan gaat doen. Dit komt in je plan.',
      planSection: 'warningSigns',
    },
    {
      blockType: 'fillInTable',
      key: 'risicosituaties-plan',
      title: 'Mijn risicosituaties',
      prompt:
        'In welke situaties is de kans groot dat je gaat kijken? Schrijf bij elke situatie op hoe je die vermijdt of veiliger maakt, en wat je doet als je er toch in zit. Dit komt in je plan.',
      rowName: 'Situatie',
      emptyRows: 4,
      columns: [
        { key: 'situatie', label: 'De situatie' },
        { key: 'aanpak', label: 'Zo vermijd ik haar, of dit doe ik dan', multiline: true },
      ],
      planSection: 'riskySituations',
    },
    {
      blockType: 'techniquePicker',
      key: 'terugval-technieken',
      title: 'Als de drang sterk wordt',
      prompt:
        'Kies wat jij doet als de drang sterk wordt. Kies er minstens drie, zodat je iets anders kunt proberen als het eerste niet helpt. Dit komt in je plan.',
      techniques: [
        { key: 'weg-van-scherm', name: 'Weg van het scherm', description: 'Leg je telefoon weg, klap de laptop dicht en ga naar een andere kamer of naar buiten.' },
        { key: 'iemand-bellen', name: 'Iemand bellen of appen', description: 'Neem contact op met iemand uit je plan of met Stop it Now! Zeggen dat het moeilijk is, is genoeg.' },
        { key: 'golf-uitzitten', name: 'Meegaan op de golf', description: 'Merk de drang op, voel waar hij zit en kijk hoe hij sterker wordt en weer zakt, zonder er iets mee te doen.' },
        { key: 'tien-minuten', name: 'Tien minuten uitstellen', description: 'Zet een wekker op tien minuten en doe in die tijd iets anders. Vaak is het ergste dan voorbij.' },
        { key: 'bewegen', name: 'Bewegen', description: 'Wandel, fiets, doe push-ups of ren de trap op en af. Beweging haalt spanning uit je lijf.' },
        { key: 'redenen-lezen', name: 'Mijn redenen lezen', description: 'Lees in je plan waarom je wilt stoppen en wat je wilt bereiken.' },
        { key: 'helpende-gedachte', name: 'Een helpende gedachte', description: 'Zeg in jezelf de helpende gedachte die je in module 4 hebt opgeschreven.' },
      ],
      planSection: 'techniques',
    },
    { blockType: 'deviceNote', heading: 'Voordat je namen en nummers opschrijft' },
    {
      blockType: 'fillInTable',
      key: 'wie-bel-ik',
      title: 'Wie bel of app ik?',
      prompt:
        'Schrijf op wie je kunt bellen of appen als het moeilijk wordt, en wanneer je dat doet. Denk aan iemand uit je omgeving, een hulpverlener of je huisarts. Gebruik gerust alleen een voornaam of een omschrijving. Het nummer van Stop it Now! staat al in je plan.',
      rowName: 'Persoon',
      emptyRows: 3,
      columns: [
        { key: 'wie', label: 'Wie?' },
        { key: 'wanneer', label: 'Wanneer bel of app ik deze persoon?' },
      ],
      planSection: 'people',
    },
    {
      blockType: 'fillInTable',
      key: 'als-het-misgaat-plan',
      title: 'Als het toch misgaat',
      prompt:
        'Schrijf op wat je doet als je merkt dat je toch weer zoekt of kijkt. Gebruik de stappen uit de uitleg, in je eigen woorden. Dit komt in je plan.',
      rows: [
        { key: 'meteen', label: 'Wat ik meteen doe' },
        { key: 'contact', label: 'Wie ik binnen een dag vertel of bel' },
        { key: 'tegen-mezelf', label: 'Wat ik tegen mezelf zeg, zonder mezelf af te kraken' },
        { key: 'terugkijken', label: 'Hoe ik terugkijk en wat ik aanpas in mijn plan' },
      ],
      columns: [{ key: 'plan', label: 'Mijn plan', multiline: true }],
      planSection: 'slipPlan',
    },
    {
      blockType: 'reflection',
      key: 'redenen-om-vol-te-houden',
      title: 'Waarom ik volhoud',
      prompt:
        'Schrijf op waarom het de moeite waard is om gestopt te blijven. Denk aan de kinderen in de beelden, aan jezelf en aan de mensen om je heen. Dit komt in je plan, bij je doelen.',
      planSection: 'goals',
    },
    {
      blockType: 'checklist',
      key: 'hulp-regelen',
      title: 'Welke hulp regel ik?',
      prompt: 'Een plan werkt beter met hulp erbij. Vink aan wat je de komende tijd wilt regelen.',
      items: [
        { key: 'gesprek-stop-it-now', label: 'Een anoniem gesprek met Stop it Now!' },
        { key: 'huisarts', label: 'Een afspraak met mijn huisarts' },
        { key: 'behandeling', label: 'Behandeling, bijvoorbeeld bij een forensische polikliniek' },
        { key: 'plan-bespreken', label: 'Mijn plan bespreken met een hulpverlener' },
        { key: 'iemand-vertellen', label: 'Iemand in mijn omgeving vertellen dat ik hiermee bezig ben' },
      ],
      allowOther: true,
    },
    {
      blockType: 'contactPrompt',
      text: 'Merk je dat de drang terugkomt, of heb je vragen over je plan? Wacht niet te lang en neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module16;
