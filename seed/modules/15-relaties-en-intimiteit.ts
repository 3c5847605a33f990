import type { ModuleSeed } from './types.js';

const module15: ModuleSeed = {
  number: 15,
  title: 'Relaties en intimiteit',
  slug: 'relaties-en-intimiteit',
  summary:
    'Denk na over gezonde relaties, echte nabijheid en gezonde seksualiteit, en over wat jij nodig hebt in contact met anderen.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je weet wat een gezonde relatie kenmerkt.',
        'Je begrijpt dat intimiteit meer is dan seks.',
        'Je ziet hoe eenzaamheid en het kijken met elkaar te maken kunnen hebben.',
        'Je weet wat gezonde seksualiteit is, en waar de wet de grens legt.',
        'Je bedenkt wat jij nodig hebt in contact met anderen.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoe sta je er nu voor? Kies bij elke zin in hoeverre hij voor jou klopt.',
      scale: ['klopt niet', 'klopt een beetje', 'klopt helemaal'],
      statements: [
        { key: 'waardevol-contact', text: 'Ik heb contact met volwassenen dat ik waardevol vind.' },
        { key: 'dichtbij-voelen', text: 'Ik voel me weleens echt dicht bij iemand.' },
        { key: 'praten-over-seks', text: 'Er is iemand met wie ik over seks en intimiteit kan praten, zoals een partner of hulpverlener.' },
        { key: 'gezonde-seksualiteit', text: 'Ik weet wat gezonde seksualiteit voor mij betekent.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Verbinding met anderen',
      body: [
        {
          type: 'p',
          text: 'Ieder mens heeft behoefte aan verbinding: gezien worden, ergens bij horen, aangeraakt worden, iemand hebben die om je geeft. Als dat ontbreekt, kun je je eenzaam, afgewezen of leeg voelen. Voor sommige mensen is kijken naar beelden een manier geworden om die leegte te vullen. Maar beelden geven geen echte verbinding. En achter misbruikbeelden zitten echte kinderen die daarvoor zijn misbruikt.',
        },
        { type: 'h3', text: 'Wat maakt een relatie gezond?' },
        {
          type: 'ul',
          items: [
            'Gelijkwaardigheid: jullie tellen allebei even zwaar mee.',
            'Vrijwilligheid: niemand wordt gedwongen of onder druk gezet.',
            'Vertrouwen en eerlijkheid.',
            'Respect voor elkaars grenzen.',
            'Ruimte voor ieders eigen leven, vrienden en hobby’s.',
          ],
        },
        {
          type: 'p',
          text: 'Dat geldt voor een liefdesrelatie, maar ook voor vriendschap en familie.',
        },
        { type: 'h3', text: 'Intimiteit is meer dan seks' },
        {
          type: 'p',
          text: 'Intimiteit betekent dat je je echt laat kennen en de ander echt leert kennen. Dat kan in een goed gesprek, een knuffel, samen lachen of samen stil zijn. Seks kan erbij horen, maar dat hoeft niet. Veel mensen merken dat ze vooral verlangen naar nabijheid en erkenning.',
        },
        { type: 'h3', text: 'Gezonde seksualiteit' },
        {
          type: 'p',
          text: 'Seks is gezond als het gebeurt tussen mensen die allebei vrijwillig en met plezier meedoen, die gelijkwaardig zijn en die goed begrijpen waar ze ja tegen zeggen. Een kind kan dat niet. Een kind kan nooit instemmen met seks met een volwassene.',
        },
        {
          type: 'p',
          text: 'Daarom is het voor volwassenen strafbaar om seksuele beelden van iemand onder de 18 te bekijken, te downloaden of te bewaren. De wet maakt alleen een uitzondering voor jongeren van ongeveer dezelfde leeftijd die vrijwillig beelden van elkaar maken en die alleen voor zichzelf houden. Die uitzondering geldt niet voor wie beelden van anderen bekijkt. Ook nagemaakte beelden die er echt uitzien, kunnen strafbaar zijn.',
        },
        {
          type: 'p',
          text: 'Veel mensen die naar misbruikbeelden hebben gekeken, keken ook veel porno met volwassenen. Dat kan je beeld van seks en van een partner veranderen. Het kan helpen om minder of geen porno te kijken en meer aandacht te geven aan echt contact.',
        },
        { type: 'h3', text: 'Als je je aangetrokken voelt tot minderjarigen' },
        {
          type: 'p',
          text: 'Voel je je seksueel aangetrokken tot kinderen of jongeren? Dan ben je niet de enige. Je hebt niet zelf gekozen voor die gevoelens, maar je bent wel verantwoordelijk voor wat je ermee doet. Ook als je je niet of nauwelijks tot volwassenen aangetrokken voelt, kun je warme en waardevolle relaties hebben: met vrienden, met familie, of met een partner met wie je andere dingen deelt. Een hulpverlener kan je helpen om veilig met je gevoelens om te gaan en een goed leven op te bouwen.',
        },
        { type: 'h3', text: 'Kleine stappen naar meer contact' },
        {
          type: 'ul',
          items: [
            'Neem contact op met iemand die je al een tijd niet hebt gesproken.',
            'Word lid van een club of vereniging, of doe vrijwilligerswerk met volwassenen.',
            'Plan vaste momenten met je partner of een vriend, zonder telefoon of laptop.',
            'Praat met je partner over wat jullie allebei fijn vinden, ook buiten de slaapkamer.',
          ],
        },
      ],
      editorNote:
        'Laat de alinea over de wet controleren door een jurist, vooral de uitzondering voor jongeren onderling en ‘nagemaakte beelden die er echt uitzien’.',
    },
    {
      blockType: 'quote',
      text: 'Ik zocht op internet iets wat ik in mijn echte leven miste. Sinds ik weer met vrienden afspreek en echt met mijn partner praat, is die leegte veel kleiner.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'wat-ik-mis',
      title: 'Wat heb jij nodig?',
      prompt: 'Wat mis je op dit moment in je contact met anderen? Vink aan wat bij jou past.',
      items: [
        { key: 'gezien-worden', label: 'Gezien en gehoord worden' },
        { key: 'aanraking', label: 'Aanraking, zoals een knuffel' },
        { key: 'erbij-horen', label: 'Ergens bij horen' },
        { key: 'goede-gesprekken', label: 'Goede gesprekken' },
        { key: 'samen-dingen-doen', label: 'Samen dingen doen' },
        { key: 'waardering', label: 'Waardering' },
        { key: 'iemand-om-te-vertrouwen', label: 'Iemand die ik kan vertrouwen' },
        { key: 'fijne-relatie', label: 'Een fijne liefdesrelatie' },
      ],
      allowOther: true,
    },
    {
      blockType: 'classification',
      key: 'gezonde-relatie',
      title: 'Hoe gezond is je relatie?',
      prompt:
        'Denk aan je belangrijkste relatie met een volwassene: een partner, een vriend of een familielid. Hoe vaak herken je deze dingen?',
      rows: [
        { key: 'gelijkwaardig', label: 'We tellen allebei even zwaar mee.' },
        { key: 'eerlijk', label: 'We zijn eerlijk tegen elkaar.' },
        { key: 'grenzen', label: 'We respecteren elkaars grenzen.' },
        { key: 'praten-over-zorgen', label: 'We kunnen praten over wat ons dwarszit.' },
        { key: 'eigen-ruimte', label: 'We hebben allebei ruimte voor een eigen leven.' },
        { key: 'plezier', label: 'We hebben plezier samen.' },
      ],
      options: [
        { key: 'vaak', label: 'Vaak' },
        { key: 'soms', label: 'Soms' },
        { key: 'zelden', label: 'Zelden' },
      ],
    },
    {
      blockType: 'reflection',
      key: 'stap-naar-verbinding',
      title: 'Een stap naar meer contact',
      prompt:
        'Bedenk één stap die je deze week kunt zetten voor meer echt contact met volwassenen. Schrijf op wat je gaat doen, met wie en wanneer.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over relaties, seksualiteit of deze oefeningen? Of maak je je zorgen over je gevoelens? Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module15;
