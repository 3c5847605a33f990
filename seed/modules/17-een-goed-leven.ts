import type { ModuleSeed } from './types.js';

const module17: ModuleSeed = {
  number: 17,
  title: 'Het opbouwen van een goed leven',
  slug: 'een-goed-leven',
  summary:
    'Stoppen is de eerste stap. In deze laatste module ontdek je wat voor jou een goed leven is en stel je doelen om daar naartoe te werken.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je begrijpt waarom alleen stoppen niet genoeg is.',
        'Je leert wat het Good Lives Model is.',
        'Je kent het verschil tussen toenaderingsdoelen en vermijdingsdoelen.',
        'Je ontdekt wat jij belangrijk vindt in je leven.',
        'Je stelt je eigen doelen op voor de komende tijd.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoe sta je er nu voor? Kies bij elke zin wat het best bij je past.',
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
          text: 'Het Good Lives Model is een manier van kijken die veel hulpverleners gebruiken. Het idee is eenvoudig: ieder mens streeft naar dezelfde basisdingen. Bijvoorbeeld:',
        },
        {
          type: 'ul',
          items: [
            'Gezondheid: goed slapen, bewegen, gezond eten.',
            'Verbinding: vrienden, familie, een partner, ergens bij horen.',
            'Zinvol bezig zijn: werk, studie, vrijwilligerswerk, iets wat je goed kunt.',
            'Plezier en ontspanning: hobby’s, sport, muziek, de natuur in.',
            'Rust in je hoofd: omgaan met stress en gevoelens.',
            'Zelfstandigheid: zelf keuzes maken en grip hebben op je leven.',
            'Zingeving: weten waarvoor je leeft en wat je waardevol vindt.',
          ],
        },
        {
          type: 'p',
          text: 'Die behoeften zijn normaal en gezond. Het gaat mis als iemand ze op een schadelijke manier probeert te vervullen. Bijvoorbeeld door eenzaamheid of stress weg te duwen met het kijken naar misbruikbeelden. Dat geeft heel even iets, maar het schaadt echte kinderen, het is strafbaar en het maakt je eigen leven kleiner. Het doel is om dezelfde behoeften op een gezonde manier te vervullen.',
        },
        { type: 'h3', text: 'Toenaderingsdoelen en vermijdingsdoelen' },
        {
          type: 'p',
          text: 'Een vermijdingsdoel gaat over iets wat je niet meer wilt. "Ik wil niet meer kijken." "Ik wil niet meer de hele zondag alleen thuis zitten." Zulke doelen zijn nodig, maar ze zeggen niet wat je dan wel gaat doen.',
        },
        {
          type: 'p',
          text: 'Een toenaderingsdoel gaat over iets wat je wel wilt bereiken. "Ik wil elke week met een vriend afspreken." "Ik wil een cursus koken volgen." Zulke doelen geven richting en energie, en je merkt sneller dat je vooruitgaat. Veel mensen merken dat ze het stoppen beter volhouden als ze iets hebben om naartoe te werken.',
        },
        { type: 'h3', text: 'Tips voor goede doelen' },
        {
          type: 'ul',
          items: [
            'Maak je doel klein en concreet: wat doe je, wanneer en hoe vaak?',
            'Kies doelen die bij jou passen, niet bij wat anderen van je verwachten.',
            'Bedenk wie je kan helpen.',
            'Vier kleine successen.',
          ],
        },
        {
          type: 'p',
          text: 'Je hoeft niet alles tegelijk te veranderen. Elke kleine stap naar een leven dat bij je past, maakt het makkelijker om gestopt te blijven.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik was zo bezig met niet kijken, dat ik vergat te leven. Nu zing ik in een koor en help ik mijn buurman in de tuin. Ik heb weer dingen waar ik naar uitkijk.',
      attribution: 'Iemand die gestopt is',
    },
    {
      blockType: 'classification',
      key: 'levensgebieden',
      title: 'Hoe gaat het nu?',
      prompt:
        'Kijk naar de onderdelen van een goed leven. Hoe tevreden ben je nu over elk onderdeel? Kies per onderdeel wat het best past.',
      rows: [
        { key: 'gezondheid', label: 'Gezondheid' },
        { key: 'verbinding', label: 'Verbinding met anderen' },
        { key: 'zinvol-bezig', label: 'Zinvol bezig zijn' },
        { key: 'plezier', label: 'Plezier en ontspanning' },
        { key: 'rust', label: 'Rust in je hoofd' },
        { key: 'zelfstandigheid', label: 'Zelfstandigheid' },
        { key: 'zingeving', label: 'Zingeving' },
      ],
      options: [
        { key: 'niet-tevreden', label: 'Niet tevreden' },
        { key: 'beetje-tevreden', label: 'Een beetje tevreden' },
        { key: 'tevreden', label: 'Tevreden' },
      ],
    },
    {
      blockType: 'goalSetting',
      key: 'mijn-doelen',
      title: 'Mijn doelen',
      prompt:
        'Kies één of twee onderdelen waar je aan wilt werken. Schrijf minstens één toenaderingsdoel op (wat wil je wel bereiken?) en één vermijdingsdoel (wat wil je niet meer?). Maak je doelen klein en concreet.',
      planSection: 'goals',
    },
    {
      blockType: 'reflection',
      key: 'eerste-stap',
      title: 'Mijn eerste stap',
      prompt:
        'Wat is de eerste kleine stap naar je doel die je deze week kunt zetten? Schrijf op wat je doet, wanneer, en wie je daarbij kan helpen.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Je bent aan het einde van de cursus. Heb je vragen, wil je verder praten of zoek je hulp bij het bereiken van je doelen? Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module17;
