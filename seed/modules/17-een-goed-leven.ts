import type { ModuleSeed } from './types.js';

/** The eleven basic goods of the Good Lives Model, in plain Dutch, with stable keys. */
const GOODS = [
  { key: 'gezondheid', label: 'Leven en gezondheid' },
  { key: 'kennis', label: 'Kennis' },
  { key: 'spel-en-vrije-tijd', label: 'Spel en vrije tijd' },
  { key: 'zinvol-bezig', label: 'Werk en zinvol bezig zijn' },
  { key: 'zelfstandigheid', label: 'Zelfstandigheid' },
  { key: 'rust', label: 'Innerlijke rust' },
  { key: 'verbinding', label: 'Relaties' },
  { key: 'ergens-bij-horen', label: 'Ergens bij horen' },
  { key: 'zingeving', label: 'Zingeving' },
  { key: 'plezier', label: 'Genieten' },
  { key: 'creativiteit', label: 'Creativiteit' },
];

const module17: ModuleSeed = {
  number: 17,
  title: 'Het opbouwen van een goed leven',
  slug: 'een-goed-leven',
  summary:
    'Stoppen is de eerste stap. In deze laatste module ontdek je wat voor jou een goed leven is, wat het kijken je gaf en hoe je dat op een gezonde manier kunt krijgen. Je stelt naderingsdoelen om daarnaartoe te werken.',
  estimatedMinutes: 45,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt waarom alleen stoppen niet genoeg is.',
        'Je kent de elf basisbehoeften van het Good Lives Model.',
        'Je ziet welke behoeften het kijken voor jou vervulde.',
        'Je kent het verschil tussen naderingsdoelen en vermijdingsdoelen.',
        'Je stelt je eigen naderingsdoelen op, en zet een eerste stap.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoe sta je er nu voor? Kies bij elke zin in hoeverre hij voor jou klopt.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'weet-wat-belangrijk-is', text: 'Ik weet wat ik belangrijk vind in mijn leven.' },
        { key: 'doelen-hebben', text: 'Ik heb doelen waar ik naartoe werk.' },
        { key: 'tevreden-over-dagen', text: 'Ik ben tevreden over hoe mijn dagen eruitzien.' },
        { key: 'hoop-voor-toekomst', text: 'Ik kijk met hoop naar de toekomst.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Meer dan stoppen',
      body: [
        {
          type: 'p',
          text: 'In de vorige modules heb je veel geleerd over stoppen: triggers herkennen, omgaan met de drang en terugval voorkomen. Dat is belangrijk. Maar een leven dat alleen draait om wat je niet meer mag doen, is zwaar vol te houden. Als je leven de moeite waard voelt, heb je minder reden om te vluchten in beelden. Daarom gaat deze laatste module over het opbouwen van een goed leven.',
        },
        { type: 'h3', text: 'Het Good Lives Model' },
        {
          type: 'p',
          text: 'Het Good Lives Model is een manier van kijken die veel hulpverleners gebruiken. Het idee is eenvoudig: ieder mens streeft naar dezelfde basisbehoeften. Het model noemt er elf:',
        },
        {
          type: 'ul',
          items: [
            'Leven en gezondheid: goed slapen, bewegen, gezond eten en zorgen voor je lichaam.',
            'Kennis: leren, dingen begrijpen en nieuwsgierig blijven.',
            'Spel en vrije tijd: hobby’s, sport en spelletjes, dingen doen die je leuk vindt.',
            'Werk en zinvol bezig zijn: werk, studie of vrijwilligerswerk, en iets goed kunnen.',
            'Zelfstandigheid: zelf keuzes maken en grip hebben op je eigen leven.',
            'Innerlijke rust: rust in je hoofd, en kunnen omgaan met stress en moeilijke gevoelens.',
            'Relaties: vriendschap, familie, een partner; mensen die om je geven en om wie jij geeft.',
            'Ergens bij horen: deel zijn van een groep, zoals een club, een buurt of een vereniging.',
            'Zingeving: weten waarvoor je leeft, bijvoorbeeld door je geloof, je levensovertuiging of je waarden.',
            'Genieten: plezier, ontspanning en dingen die goed voelen.',
            'Creativiteit: iets maken, nieuwe dingen uitproberen en jezelf uiten.',
          ],
        },
        {
          type: 'p',
          text: 'Niet elke behoefte is voor iedereen even belangrijk. Voor de een telt werk het zwaarst, voor de ander familie of geloof. Een goed leven is een leven waarin de behoeften die jij belangrijk vindt, op een gezonde manier aan bod komen. Je hoeft ook niet alle elf tegelijk aan te pakken: begin bij één of twee.',
        },
      ],
    },
    {
      blockType: 'content',
      heading: 'Wat het kijken je gaf',
      body: [
        {
          type: 'p',
          text: 'De behoeften zelf zijn normaal en gezond. Het gaat mis als iemand ze op een schadelijke manier probeert te vervullen. Kijken naar misbruikbeelden kan heel even iets geven wat bij een van die behoeften hoort. Bijvoorbeeld:',
        },
        {
          type: 'ul',
          items: [
            'even geen spanning of onrust (innerlijke rust);',
            'opwinding of een kick (genieten);',
            'iets te doen hebben als je je verveelt (spel en vrije tijd);',
            'het gevoel ergens controle over te hebben (zelfstandigheid);',
            'contact met anderen in online groepen (relaties of ergens bij horen).',
          ],
        },
        {
          type: 'p',
          text: 'Dat gevoel duurt kort, en de prijs is hoog: het schaadt echte kinderen, het is strafbaar en het maakt je eigen leven kleiner. Het doel van deze module is om dezelfde behoeften op een gezonde manier te vervullen. Als je weet welke behoefte achter het kijken zat, weet je ook waar je aan kunt werken.',
        },
        { type: 'h3', text: 'Naderingsdoelen en vermijdingsdoelen' },
        {
          type: 'p',
          text: 'Een vermijdingsdoel gaat over iets wat je niet meer wilt. „Ik wil niet meer kijken.” „Ik wil niet meer de hele zondag alleen thuis zitten.” Zulke doelen zijn nodig, maar ze zeggen niet wat je dan wel gaat doen.',
        },
        {
          type: 'p',
          text: 'Een naderingsdoel gaat over iets wat je wel wilt bereiken. „Ik wil elke week met een vriend afspreken.” „Ik wil een kookcursus volgen.” Zulke doelen geven richting en energie, en je merkt sneller dat je vooruitgaat. Veel mensen merken dat ze het stoppen beter volhouden als ze iets hebben om naartoe te werken. Daarom vraagt deze module vooral om naderingsdoelen.',
        },
        { type: 'h3', text: 'Tips voor goede doelen' },
        {
          type: 'ul',
          items: [
            'Maak je doel klein en concreet: wat doe je, wanneer en hoe vaak?',
            'Kies doelen die bij jou passen, niet bij wat anderen van je verwachten.',
            'Kies doelen die niemand schaden en die je niet in een risicosituatie brengen.',
            'Bedenk wat je in de weg kan staan, en wie je kan helpen.',
            'Vier kleine successen.',
          ],
        },
        { type: 'h3', text: 'Een voorbeeld' },
        {
          type: 'p',
          text: 'Stel: iemand merkt dat hij vooral keek op doordeweekse avonden, als hij moe thuiskwam en zich leeg voelde. Het kijken gaf hem even rust en het gevoel dat de avond ‘van hem’ was. De behoeften erachter zijn innerlijke rust en genieten. Zijn vermijdingsdoel is: geen laptop meer na tien uur. Zijn naderingsdoelen zijn: op dinsdag en donderdag na het eten een half uur wandelen met een buurman, en op woensdag naar de repetitie van een band. Zo krijgt zijn avond een andere invulling, en heeft hij iets om naar uit te kijken.',
        },
        { type: 'h3', text: 'Als je leven nu heel moeilijk is' },
        {
          type: 'p',
          text: 'Misschien ben je je werk kwijt, is je relatie voorbij of loopt er een strafzaak. Dan kan een goed leven ver weg lijken. Begin dan heel klein: een vaste wandeling, één afspraak per week, een boek uit de bibliotheek. Ook kleine stappen tellen.',
        },
        { type: 'h3', text: 'Het einde van de cursus' },
        {
          type: 'p',
          text: 'Je bent aan het einde van Stoppen is mogelijk. Goed dat je zo ver bent gekomen. Bekijk je plan nog eens, en print het of sla het op. Ga gerust terug naar modules die je wilt herhalen. En onthoud: je hoeft het niet alleen te doen. Stop it Now! blijft bereikbaar, ook na deze cursus. Kijk aan het eind van deze module ook nog eens naar je vertrekpunten: wat is er sinds module 1 veranderd? Wees trots op elke stap, hoe klein ook.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik was zo bezig met niet kijken, dat ik vergat te leven. Nu zing ik in een koor en help ik mijn buurman in de tuin. Ik heb weer dingen waar ik naar uitkijk.',
      provenance: 'illustrative',
    },
    {
      blockType: 'classification',
      key: 'levensgebieden',
      title: 'Hoe gaat het nu?',
      prompt:
        'Kijk naar de elf basisbehoeften. Hoe tevreden ben je nu over elk ervan in je leven? Kies per behoefte wat het best past.',
      rows: GOODS,
      options: [
        { key: 'niet-tevreden', label: 'Niet tevreden' },
        { key: 'beetje-tevreden', label: 'Een beetje tevreden' },
        { key: 'tevreden', label: 'Tevreden' },
      ],
    },
    {
      blockType: 'checklist',
      key: 'wat-het-kijken-gaf',
      title: 'Wat gaf het kijken jou?',
      prompt:
        'Wees eerlijk: wat leverde het kijken je heel even op? Vink aan wat bij jou past. Tussen haakjes staat bij welke behoefte het hoort.',
      items: [
        { key: 'spanning-kwijt', label: 'Even geen spanning of onrust (innerlijke rust)' },
        { key: 'kick', label: 'Opwinding of een kick (genieten)' },
        { key: 'verveling', label: 'Iets te doen als ik me verveelde (spel en vrije tijd)' },
        { key: 'controle', label: 'Een gevoel van controle (zelfstandigheid)' },
        { key: 'troost', label: 'Troost als ik me rot of alleen voelde (relaties)' },
        { key: 'erbij-horen', label: 'Het gevoel ergens bij te horen in online groepen (ergens bij horen)' },
        { key: 'nieuwsgierigheid', label: 'Nieuwsgierigheid stillen (kennis)' },
        { key: 'ontsnappen', label: 'Even ontsnappen aan werk of andere zorgen (werk en zinvol bezig zijn)' },
      ],
      allowOther: true,
    },
    {
      blockType: 'fillInTable',
      key: 'goede-leven-doelen',
      title: 'Van behoefte naar naderingsdoel',
      prompt:
        'Kies de behoeften die voor jou het belangrijkst zijn, of waar je nu het minst tevreden over bent. Schrijf op wat het kijken je daarvan heel even gaf, en welk naderingsdoel je kiest om die behoefte op een gezonde manier te vervullen. Je hoeft niet alles in te vullen. Je naderingsdoelen komen in je plan.',
      rows: GOODS,
      columns: [
        { key: 'kijken-gaf', label: 'Wat het kijken me hiervan (even) gaf', inPlan: false },
        { key: 'naderingsdoel', label: 'Mijn naderingsdoel: wat ga ik doen?', multiline: true },
      ],
      planSection: 'goals',
    },
    {
      blockType: 'goalSetting',
      key: 'mijn-doelen',
      title: 'Mijn belangrijkste doelen',
      prompt:
        'Kies één of twee doelen uit de vorige oefening die je als eerste wilt aanpakken. Schrijf ze op als naderingsdoel (wat wil je wel bereiken?). Schrijf er ook een vermijdingsdoel bij (wat wil je niet meer?). Maak je doelen klein en concreet.',
      planSection: 'goals',
    },
    {
      blockType: 'fillInTable',
      key: 'obstakels',
      title: 'Wat kan je in de weg staan?',
      prompt:
        'Bedenk wat het moeilijk kan maken om je doelen te halen. Schrijf erbij wat je dan doet, of wie je daarbij kan helpen.',
      rowName: 'Obstakel',
      emptyRows: 2,
      columns: [
        { key: 'obstakel', label: 'Wat kan me in de weg staan?' },
        { key: 'aanpak', label: 'Wat doe ik dan, of wie helpt me?' },
      ],
    },
    {
      blockType: 'reflection',
      key: 'eerste-stap',
      title: 'Mijn eerste stap',
      prompt:
        'Wat is de eerste kleine stap naar je doel die je deze week kunt zetten? Schrijf op wat je doet, wanneer, en wie je daarbij kan helpen.',
    },
    {
      blockType: 'reflection',
      key: 'over-een-jaar',
      title: 'Over een jaar',
      prompt:
        'Stel je voor dat het over een jaar goed met je gaat. Je bent gestopt en je werkt aan je doelen. Hoe ziet een gewone dag er dan uit? Wat doe je, met wie, en hoe voel je je?',
    },
    {
      blockType: 'contactPrompt',
      text: 'Je bent aan het einde van de cursus. Heb je vragen, wil je verder praten of zoek je hulp bij het bereiken van je doelen? Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module17;
