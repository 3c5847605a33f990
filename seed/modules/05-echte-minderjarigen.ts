import type { ModuleSeed } from './types.js';

const module05: ModuleSeed = {
  number: 5,
  title: 'Dit zijn echte minderjarigen in de beelden',
  slug: 'echte-minderjarigen',
  summary:
    'Achter elk beeld zit een echt kind of een echte jongere. In deze module sta je stil bij de slachtoffers, bij de schade die het kijken doet, en bij de gedachten waarmee je het kijken goedpraat.',
  estimatedMinutes: 40,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je beseft dat elk beeld gaat over een echt kind of een echte jongere.',
        'Je weet welke schade slachtoffers oplopen, ook lang na het misbruik.',
        'Je begrijpt hoe kijken bijdraagt aan nieuw misbruik.',
        'Je herkent gedachten waarmee je het kijken goedpraat, en je zet er iets eerlijks tegenover.',
        'Je vindt je eigen reden om te stoppen.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Kies bij elke zin in hoeverre hij nu voor jou klopt. Er zijn geen goede of foute antwoorden.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'denk-aan-kind', text: 'Als ik aan de beelden denk, denk ik ook aan het kind dat erin staat.' },
        { key: 'ken-schade', text: 'Ik weet welke schade het kijken doet bij slachtoffers.' },
        { key: 'geen-goedpraten', text: 'Ik merk het als ik het kijken voor mezelf goedpraat.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Elk beeld is een echt kind',
      body: [
        {
          type: 'p',
          text: 'Deze module gaat over de kinderen en jongeren in de beelden. Dat kan zwaar zijn om te lezen. Neem er de tijd voor. Je mag tussendoor stoppen en later verdergaan. Onder de uitleg staat wat je kunt doen als het je te veel wordt.',
        },
        { type: 'h3', text: 'Geen acteurs, geen fantasie' },
        {
          type: 'p',
          text: 'Misbruikbeelden zijn geen film met acteurs. Elke foto en elke video laat zien hoe een echt kind of een echte jongere seksueel wordt misbruikt. Dat kind had een naam, een familie en een school. Het had geen keuze.',
        },
        {
          type: 'p',
          text: 'Op een scherm lijkt het ver weg. Je ziet de angst niet, de pijn niet en ook niet de tijd daarna. Maar die zijn er wel. Het scherm maakt het misbruik niet minder echt.',
        },
        { type: 'h3', text: 'Wie zijn de kinderen in de beelden?' },
        {
          type: 'p',
          text: 'Het gaat om baby’s, jonge kinderen en tieners. Soms is de dader iemand uit het gezin of de omgeving van het kind. Soms is een jongere overgehaald of gedwongen om zelf beelden te maken, en zijn die daarna zonder toestemming gedeeld of gebruikt om te chanteren. Ook dan is de jongere een slachtoffer, en geen ‘deelnemer’.',
        },
        {
          type: 'p',
          text: 'Ook nagemaakte of bewerkte beelden, bijvoorbeeld gemaakt met AI, zijn niet onschuldig. Ze kunnen gemaakt zijn met foto’s van echte kinderen. Ze maken misbruik gewoner. En als ze er echt uitzien, zijn ze ook strafbaar.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Wat het kijken aanricht',
      body: [
        { type: 'h3', text: 'De schade stopt niet na het misbruik' },
        {
          type: 'p',
          text: 'Slachtoffers dragen de gevolgen vaak hun hele leven mee. Veel van hen hebben last van angst, nachtmerries, somberheid en schaamte. Ze vinden het moeilijk om anderen te vertrouwen, om dichtbij iemand te komen of om van hun lichaam te genieten. Sommigen krijgen problemen op school of in hun werk.',
        },
        {
          type: 'p',
          text: 'Daar komt iets bij wat extra zwaar is: ze weten dat de beelden nog rondgaan. Iedere keer dat iemand kijkt, wordt hun misbruik opnieuw bekeken. Veel slachtoffers zeggen dat ze daardoor nooit echt kunnen afsluiten. Sommigen zijn bang dat mensen op straat hen herkennen.',
        },
        { type: 'h3', text: 'Kijken houdt het misbruik in stand' },
        {
          type: 'p',
          text: 'Wie kijkt, downloadt of deelt, houdt de vraag naar beelden in stand. Op sommige plekken online krijgen mensen aanzien of toegang als ze nieuwe beelden delen. Die vraag zorgt ervoor dat er nieuwe beelden worden gemaakt, en dus dat er nieuwe kinderen worden misbruikt. Ook als jij zelf nooit iets deelt, maak je deel uit van het publiek waarvoor het misbruik wordt vastgelegd. Daarom is ook het bekijken strafbaar.',
        },
        {
          type: 'p',
          text: 'Je kunt het misbruik dat al is gebeurd niet ongedaan maken. Wel kun je ervoor zorgen dat jij niet meer kijkt, niet meer zoekt en niets meer bewaart of deelt. Dan ben jij één kijker minder. Voor de kinderen in de beelden is dat niet niks.',
        },
        { type: 'h3', text: 'Hoe je het voor jezelf goedpraat' },
        {
          type: 'p',
          text: 'Om te kunnen blijven kijken, zoekt je hoofd uitwegen. Dat doet bijna iedereen die iets doet waar hij eigenlijk niet achter staat. Misschien herken je er een paar:',
        },
        {
          type: 'ul',
          items: [
            '„Het is niet echt, het is maar een beeld.”',
            '„Die jongere is vast ouder dan ze eruitziet.”',
            '„Het kind lacht, dus het vindt het niet erg.”',
            '„Als ik niet kijk, kijkt iemand anders wel.”',
            '„Het is lang geleden gemaakt, het kind is nu volwassen.”',
            '„Ik betaal er niet voor, dus ik doe niemand kwaad.”',
          ],
        },
        {
          type: 'p',
          text: 'Deze gedachten halen het kind uit beeld. Ze maken van een mens een plaatje. In module 4 las je al over denkfouten. Hier gaat het steeds om één vraag: wat betekent dit voor het kind?',
        },
        { type: 'h3', text: 'Schuld, schaamte en je geweten' },
        {
          type: 'p',
          text: 'Het kan pijn doen om zo naar de beelden te kijken. Misschien voel je schuld. Dat is niet fijn, maar het laat zien dat je om anderen geeft. Schuld kan je helpen om te veranderen: „Ik heb iets gedaan wat schade aanricht, en ik wil het anders doen.”',
        },
        {
          type: 'p',
          text: 'Schaamte werkt anders. Schaamte zegt: „Ik ben slecht, er is niets aan mij te doen.” Dat gevoel maakt mensen somber en eenzaam, en juist dan is de kans groter dat ze weer gaan kijken. Gebruik wat je voelt dus niet om jezelf af te kraken. Gebruik het als reden om te stoppen en om hulp te zoeken.',
        },
        { type: 'h3', text: 'Als dit iets in je eigen verleden raakt' },
        {
          type: 'p',
          text: 'Sommige mensen die kijken, zijn zelf als kind misbruikt of hebben andere nare dingen meegemaakt. Dan kan deze module herinneringen en gevoelens oproepen die je lang hebt weggestopt. Dat is geen excuus voor het kijken, maar het verdient wel aandacht en hulp. Praat erover met je huisarts, een hulpverlener of met Stop it Now!',
        },
      ],
    },
    {
      blockType: 'crisisNote',
      intro: 'Deze module kan veel bij je losmaken. Wordt het je te veel, of denk je aan zelfdoding? Stop dan even en neem contact op met iemand.',
    },
    {
      blockType: 'quote',
      text: 'Ik had de kinderen altijd weggedacht. Toen ik me voorstelde dat het een meisje uit mijn eigen straat was, kon ik niet meer doen alsof het niets was.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'mijn-goedpraters',
      title: 'Hoe praat jij het goed?',
      prompt:
        'Vink de gedachten aan die jij weleens hebt gehad. Wees eerlijk: juist door ze te herkennen, verliezen ze hun kracht.',
      items: [
        { key: 'niet-echt', label: '„Het is niet echt, het is maar een beeld.”' },
        { key: 'ouder-dan-het-lijkt', label: '„Die jongere is vast ouder dan ze eruitziet.”' },
        { key: 'kind-lacht', label: '„Het kind lacht, dus het vindt het niet erg.”' },
        { key: 'iemand-anders-wel', label: '„Als ik niet kijk, kijkt iemand anders wel.”' },
        { key: 'lang-geleden', label: '„Het is lang geleden gemaakt.”' },
        { key: 'niet-betaald', label: '„Ik betaal er niet voor, dus ik doe niemand kwaad.”' },
        { key: 'zelf-gemaakt', label: '„Die jongere heeft het zelf gemaakt.”' },
        { key: 'nagemaakt', label: '„Het is nagemaakt, dus er is geen slachtoffer.”' },
      ],
      allowOther: true,
    },
    {
      blockType: 'fillInTable',
      key: 'goedprater-tegenspreken',
      title: 'Wat is er echt aan de hand?',
      prompt:
        'Kies twee of drie gedachten die je hierboven hebt aangevinkt. Schrijf bij elke gedachte op wat die gedachte weglaat: wat betekent het voor het kind of de jongere in de beelden?',
      rowName: 'Gedachte',
      emptyRows: 3,
      columns: [
        { key: 'gedachte', label: 'De gedachte waarmee ik het goedpraat' },
        { key: 'werkelijkheid', label: 'Wat er echt aan de hand is voor het kind', multiline: true },
      ],
    },
    {
      blockType: 'checklist',
      key: 'schade-die-ik-zie',
      title: 'Wat wist je nog niet?',
      prompt:
        'Welke gevolgen voor slachtoffers wist je nog niet, of wilde je liever niet zien? Vink aan wat voor jou nieuw is of wat je raakt.',
      items: [
        { key: 'levenslang', label: 'Dat slachtoffers de gevolgen vaak hun hele leven meedragen' },
        { key: 'opnieuw-bekeken', label: 'Dat elke keer kijken voelt als opnieuw misbruikt worden' },
        { key: 'herkend-worden', label: 'Dat slachtoffers bang zijn om herkend te worden' },
        { key: 'vraag-nieuwe-beelden', label: 'Dat kijken de vraag naar nieuwe beelden in stand houdt' },
        { key: 'gedwongen-lachen', label: 'Dat kinderen vaak gedwongen worden om te lachen' },
        { key: 'jongeren-gechanteerd', label: 'Dat jongeren soms gechanteerd worden met beelden die ze zelf maakten' },
        { key: 'nagemaakt-schadelijk', label: 'Dat ook nagemaakte beelden schade doen en strafbaar kunnen zijn' },
      ],
      allowOther: true,
    },
    {
      blockType: 'reflection',
      key: 'stem-van-het-kind',
      title: 'Wat zou die persoon tegen je zeggen?',
      prompt:
        'Stel je voor dat iemand die als kind in zulke beelden is misbruikt, nu volwassen is. Die persoon hoort dat mensen de beelden nog steeds bekijken. Wat zou hij of zij tegen jou willen zeggen? Schrijf het op.',
    },
    {
      blockType: 'reflection',
      key: 'wat-roept-het-op',
      title: 'Wat roept dit bij je op?',
      prompt:
        'Schrijf op wat je voelt na het lezen van deze module. Wat doe je met dat gevoel, zonder jezelf af te kraken? Met wie zou je erover kunnen praten?',
    },
    {
      blockType: 'reflection',
      key: 'reden-om-te-stoppen',
      title: 'Mijn reden om te stoppen',
      prompt:
        'Schrijf in een paar zinnen op waarom je wilt stoppen, voor de kinderen in de beelden en voor jezelf. Deze zinnen komen in je plan. Lees ze terug als de drang sterk is.',
      planSection: 'goals',
    },
    {
      blockType: 'contactPrompt',
      text: 'Roept deze module veel bij je op, of heb je vragen? Je staat er niet alleen voor. Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module05;
