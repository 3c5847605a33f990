import type { ModuleSeed } from './types.js';

const module02: ModuleSeed = {
  number: 2,
  title: 'De online wereld',
  slug: 'de-online-wereld',
  summary:
    'Internet is altijd binnen handbereik en voelt anoniem. In deze module zie je hoe dat het kijken makkelijker maakt, en welke grenzen jij online wilt stellen.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt hoe internet het kijken makkelijker maakt.',
        'Je weet waarom je je online anoniem voelt, terwijl je dat niet bent.',
        'Je herkent hoe je online stap voor stap verder kunt gaan.',
        'Je weet wat je doet als je online contact hebt met minderjarigen.',
        'Je kiest welke online grenzen jij wilt stellen.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro:
        'Hoe sta je er nu voor? Kies bij elke zin in hoeverre hij voor jou klopt. Er zijn geen goede of foute antwoorden.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'begrijp-internet', text: 'Ik begrijp hoe internet mijn kijkgedrag beïnvloedt.' },
        { key: 'niet-anoniem', text: 'Ik weet dat ik online niet echt anoniem ben.' },
        { key: 'kan-grenzen-stellen', text: 'Ik heb online grenzen voor mezelf, en ik houd me eraan.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Hoe internet voor jou werkt',
      body: [
        { type: 'h3', text: 'Altijd binnen handbereik' },
        {
          type: 'p',
          text: 'Je telefoon, je laptop, je tablet: internet is er altijd. Je kunt op elk moment zoeken wat je wilt, en het kost bijna niets. Dat maakt het makkelijk om een opwelling meteen te volgen. Tussen de gedachte en de klik zitten soms maar een paar seconden. Daardoor is er weinig tijd om na te denken.',
        },
        { type: 'h3', text: 'Het gevoel dat niemand je ziet' },
        {
          type: 'p',
          text: 'Achter een scherm voelt het alsof niemand meekijkt. Daardoor lijkt iets wat je in het echt nooit zou doen, ineens minder erg. Maar dat gevoel klopt niet. Wat je online doet, laat sporen na, ook als je een privévenster of een andere verbinding gebruikt. Een privévenster zorgt er alleen voor dat er op je eigen apparaat niets bewaard blijft. De politie zoekt actief naar mensen die misbruikbeelden bekijken, downloaden of delen, en spoort elk jaar mensen op.',
        },
        {
          type: 'p',
          text: 'En ook als niemand het ooit zou ontdekken: het kijken blijft schadelijk. Voor de kinderen in de beelden, en ook voor jou.',
        },
        { type: 'h3', text: 'Stap voor stap verder' },
        {
          type: 'p',
          text: 'Websites en apps zijn gemaakt om je zo lang mogelijk vast te houden. Ze laten je steeds iets nieuws zien. Bij porno kan dat betekenen dat je steeds heftigere of jongere beelden te zien krijgt. Je raakt gewend, het oude is niet spannend meer en je zoekt verder. Zo kom je op plekken waar je nooit van plan was te komen.',
        },
        {
          type: 'p',
          text: 'Dit heet escalatie. Het gebeurt bij veel mensen. Het betekent niet dat je geen keuze meer hebt. Je kunt op elk moment stoppen met klikken, en je kunt je omgeving zo inrichten dat stoppen makkelijker wordt.',
        },
        { type: 'h3', text: 'De tijd vergeten' },
        {
          type: 'p',
          text: 'Veel mensen merken dat ze online de tijd vergeten. Je begint ‘even’, en ineens is het drie uur ’s nachts. Je bent moe en denkt minder na over de gevolgen. Dan is het moeilijker om op tijd te stoppen.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Online contact met minderjarigen',
      editorNote:
        'Controleer met een jurist de zin over wat online strafbaar is (seksueel chatten met kinderen onder de 16, vragen om beelden van minderjarigen). Controleer met het team: de verwijsroute naar De Waag en andere forensische poliklinieken (is een verwijzing van de huisarts nodig?) en hoe lang men ongeveer moet wachten. Pas de tekst aan als dat anders is.',
      body: [
        {
          type: 'p',
          text: 'Online is het makkelijk om in contact te komen met kinderen en jongeren: in games, chats, op sociale media of op datingsites waar jongeren zich ouder voordoen. Chat je met iemand onder de 18 over seks, vraag je om foto’s of stuur je seksuele berichten? Dat kan die jongere ernstig beschadigen, ook als het begon als een gewoon gesprek. Het is ook strafbaar: seksueel chatten met kinderen onder de 16, en vragen om seksuele foto’s of video’s van iemand onder de 18.',
        },
        {
          type: 'p',
          text: 'Heb je nu online contact met een minderjarige, of merk je dat je zulk contact zoekt? Stop er dan meteen mee. Verbreek het contact, en bel vandaag nog Stop it Now! of neem contact op via chat of het contactformulier. Ben je bang dat je iets gaat doen, nu of binnenkort? Wacht dan niet. Hieronder staat wie je meteen kunt bellen.',
        },
        {
          type: 'p',
          text: 'Er is hulp, ook als er nog niets is gebeurd. Forensische poliklinieken, zoals De Waag, behandelen mensen die bang zijn dat ze grenzen over gaan met kinderen. Stop it Now! vertelt je welke hulp bij jou past en hoe je daar komt.',
        },
      ],
    },
    {
      blockType: 'crisisNote',
      intro: 'Ben je bang dat je iets doet met een kind, online of in het echt? Of wordt het je te veel? Neem nu contact op.',
    },
    {
      blockType: 'content',
      heading: 'Wat kun je doen?',
      body: [
        {
          type: 'p',
          text: 'Het helpt om het kijken moeilijker te maken. Niet omdat een filter alles tegenhoudt, maar omdat elke drempel je een moment geeft om na te denken. Veel mensen kiezen een paar van deze maatregelen:',
        },
        {
          type: 'ul',
          items: [
            'Leg je telefoon en laptop ’s avonds in een andere kamer.',
            'Stel een filter of blokkering in op je apparaten.',
            'Stop ook met porno met volwassenen als dat bij jou de deur opent naar meer.',
            'Verwijder apps, links, accounts en opgeslagen zoekopdrachten die je naar misbruikbeelden leiden.',
            'Gebruik internet liever in een ruimte waar ook anderen zijn.',
            'Zet een vaste eindtijd voor je schermgebruik.',
          ],
        },
        {
          type: 'p',
          text: 'Kies liever een paar maatregelen die je echt volhoudt dan veel tegelijk. Je kunt ze later uitbreiden.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik hield mezelf voor dat niemand het zag. Maar ik zag het zelf wel. Toen ik mijn laptop ’s avonds beneden liet liggen, werd het ’s nachts veel rustiger in mijn hoofd.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'online-risicos',
      title: 'Wat maakt het online makkelijk?',
      prompt: 'Vink aan wat je herkent. Zo zie je welke kant van internet voor jou het meest riskant is.',
      items: [
        { key: 'telefoon-altijd-bij', label: 'Mijn telefoon is altijd binnen handbereik' },
        { key: 'laat-online', label: 'Ik ben vaak ’s avonds laat of ’s nachts online' },
        { key: 'doorklikken-porno', label: 'Ik klik door van porno met volwassenen naar jongere beelden' },
        { key: 'gevoel-anoniem', label: 'Online voel ik me onzichtbaar' },
        { key: 'chats-fora', label: 'Bepaalde chats, fora of groepen' },
        { key: 'contact-jongeren', label: 'Ik kom online in contact met kinderen of jongeren' },
        { key: 'tijd-vergeten', label: 'Ik vergeet de tijd als ik online ben' },
        { key: 'pop-ups', label: 'Pop-ups, advertenties of aanbevelingen' },
        { key: 'opgeslagen-links', label: 'Opgeslagen links, bladwijzers of accounts' },
      ],
      allowOther: true,
    },
    {
      blockType: 'checklist',
      key: 'online-grenzen',
      title: 'Welke grenzen stel jij?',
      prompt: 'Kies de maatregelen die jij de komende week wilt nemen. Begin met één of twee die haalbaar voelen. Je keuzes komen in je plan.',
      items: [
        { key: 'apparaten-buiten-slaapkamer', label: 'Telefoon en laptop ’s nachts buiten de slaapkamer' },
        { key: 'filter-installeren', label: 'Een filter of blokkering instellen' },
        { key: 'geen-porno', label: 'Geen porno meer kijken, ook niet met volwassenen' },
        { key: 'links-verwijderen', label: 'Apps, links en accounts verwijderen' },
        { key: 'geen-chat-minderjarigen', label: 'Geen contact met minderjarigen in chats, games of sociale media' },
        { key: 'internet-bij-anderen', label: 'Internet gebruiken in een ruimte met anderen erbij' },
        { key: 'schermtijd-beperken', label: 'Een vaste eindtijd voor schermgebruik' },
      ],
      allowOther: true,
      planSection: 'techniques',
    },
    {
      blockType: 'reflection',
      key: 'mijn-online-pad',
      title: 'Jouw weg online',
      prompt:
        'Beschrijf hoe je online bij misbruikbeelden terechtkwam. Welke stappen zette je? Op welk moment had je een andere keuze kunnen maken? En welke drempel had je toen geholpen?',
    },
    {
      blockType: 'contactPrompt',
      text: 'Vragen over deze oefeningen, of zorgen over wat je online doet? Neem anoniem contact op met Stop it Now! We denken met je mee.',
    },
  ],
};

export default module02;
