import type { ModuleSeed } from './types.js';

const module10: ModuleSeed = {
  number: 10,
  title: 'Herkennen en omgaan met gevoelens',
  slug: 'gevoelens',
  summary:
    'Leer je gevoelens en de signalen van je lichaam herkennen. Ontdek wat je nodig hebt als je je rot voelt, en hoe je op een gezonde manier omgaat met spanning en boosheid.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je leert beter herkennen en benoemen wat je voelt.',
        'Je ontdekt hoe je lichaam laat merken dat er iets aan de hand is.',
        'Je ziet hoe gevoelens en het kijken naar misbruikbeelden met elkaar te maken kunnen hebben.',
        'Je bedenkt wat je nodig hebt bij een moeilijk gevoel, in plaats van kijken.',
        'Je leert op een gezonde manier omgaan met boosheid, en rustig zeggen wat je nodig hebt.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je dat je dit nu kunt? Kies bij elke zin wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'gevoelens-herkennen', text: 'Ik kan meestal goed benoemen wat ik voel.' },
        { key: 'lichaamssignalen-merken', text: 'Ik kan aan mijn lichaam merken dat ik gespannen, boos of verdrietig ben.' },
        { key: 'boosheid-hanteren', text: 'Ik kan met boosheid omgaan zonder mezelf of een ander schade toe te brengen.' },
        { key: 'zeggen-wat-ik-nodig-heb', text: 'Ik kan rustig zeggen wat ik wil of nodig heb.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Waarom gevoelens ertoe doen',
      body: [
        {
          type: 'p',
          text: 'Iedereen heeft gevoelens: blijdschap, angst, verdriet, boosheid, schaamte, eenzaamheid. Gevoelens zijn niet goed of fout. Ze vertellen je iets over wat er in je omgaat en wat je nodig hebt.',
        },
        {
          type: 'p',
          text: 'Veel mensen die naar beeldmateriaal van seksueel misbruik van minderjarigen kijken, doen dat op momenten dat ze zich niet goed voelen. Ze zijn gestrest, verveeld, eenzaam of boos. Het kijken geeft even afleiding of een kick, maar het probleem blijft. Daarna komen vaak schaamte en schuld, en dan voel je je nog slechter. Zo kan een cirkel ontstaan die moeilijk te doorbreken is. Wie zijn gevoelens op tijd herkent, kan eerder ingrijpen en iets anders kiezen.',
        },
        { type: 'h3', text: 'Je lichaam geeft signalen' },
        {
          type: 'p',
          text: 'Een gevoel begint vaak in je lichaam, nog voordat je het in woorden kunt zeggen. Je hart klopt sneller, je schouders zijn gespannen, je buik voelt onrustig of je slaapt slecht. Als je deze signalen leert opmerken, krijg je meer tijd om te kiezen wat je doet. Stel jezelf dan twee vragen:',
        },
        { type: 'ul', items: ['Wat voel ik nu eigenlijk?', 'Wat heb ik op dit moment nodig?'] },
        { type: 'h3', text: 'Een gevoel mag er zijn' },
        {
          type: 'p',
          text: 'Een naar gevoel hoeft niet meteen weg. Vaak wordt een gevoel juist minder sterk als je het een naam geeft en het even laat zijn. „Ik voel me eenzaam. Dat is naar, en het gaat ook weer voorbij.” Daarna kun je kiezen wat je echt helpt: iemand bellen, naar buiten gaan, iets eten, rusten of een probleem aanpakken.',
        },
        { type: 'h3', text: 'Omgaan met boosheid' },
        {
          type: 'p',
          text: 'Boosheid is een normaal gevoel. Het laat zien dat iets voor jou niet klopt. Het wordt een probleem als je boosheid steeds opkropt, of als die ineens ontploft. Opgekropte boosheid kan omslaan in somberheid of in de behoefte om te ontsnappen, bijvoorbeeld achter een scherm. Dit kan helpen:',
        },
        {
          type: 'ul',
          items: [
            'Neem afstand: loop even weg en adem een paar keer rustig in en uit.',
            'Beweeg: wandel, fiets of sport om de spanning kwijt te raken.',
            'Schrijf op wat je boos maakt. Dan zit het niet alleen meer in je hoofd.',
            'Praat erover als je weer rustig bent.',
          ],
        },
        { type: 'h3', text: 'Assertief zijn' },
        {
          type: 'p',
          text: 'Assertief zijn betekent dat je rustig en duidelijk zegt wat je vindt, voelt of nodig hebt. Je houdt rekening met de ander, maar ook met jezelf. Dat is iets anders dan alles inslikken of de ander aanvallen. Wie vaak inslikt, bouwt spanning op. Een eenvoudige manier: zeg wat er gebeurt, wat je daarbij voelt en wat je graag wilt. Bijvoorbeeld: „Als je me onderbreekt, voel ik me niet gehoord. Ik wil graag mijn verhaal afmaken.” In module 13 oefen je hier verder mee.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Vroeger had ik geen idee wat ik voelde. Ik wist alleen dat ik onrustig was, en dan zat ik achter de computer. Nu merk ik het eerder. Dan bel ik een vriend of ga ik een stuk lopen.',
      provenance: 'illustrative',
    },
    {
      blockType: 'checklist',
      key: 'lichaamssignalen',
      title: 'Signalen van je lichaam',
      prompt:
        'Denk aan een moment waarop je je gespannen, boos of somber voelde. Welke signalen merkte je toen in je lichaam? Vink aan wat bij jou past.',
      items: [
        { key: 'hartslag-snel', label: 'Mijn hart klopt sneller.' },
        { key: 'ademhaling-snel', label: 'Ik adem snel of hoog.' },
        { key: 'spieren-gespannen', label: 'Mijn kaken, nek of schouders zijn gespannen.' },
        { key: 'onrustige-buik', label: 'Ik voel onrust of pijn in mijn buik.' },
        { key: 'hoofdpijn', label: 'Ik krijg hoofdpijn.' },
        { key: 'warm-zweten', label: 'Ik krijg het warm of ga zweten.' },
        { key: 'onrustige-handen', label: 'Mijn handen trillen of zijn onrustig.' },
        { key: 'moe-leeg', label: 'Ik voel me moe of leeg.' },
        { key: 'slecht-slapen', label: 'Ik slaap slecht.' },
        { key: 'niet-stilzitten', label: 'Ik kan niet stilzitten.' },
      ],
      allowOther: true,
    },
    {
      blockType: 'classification',
      key: 'gevoelens-voor-het-kijken',
      title: 'Gevoelens en kijken',
      prompt:
        'Denk terug aan de momenten waarop je ging kijken. Hoe vaak had je dit gevoel vlak daarvoor? Kies per gevoel wat het best past.',
      rows: [
        { key: 'stress', label: 'Stress of spanning' },
        { key: 'verveling', label: 'Verveling' },
        { key: 'eenzaamheid', label: 'Eenzaamheid' },
        { key: 'boosheid', label: 'Boosheid of frustratie' },
        { key: 'verdriet', label: 'Verdriet of somberheid' },
        { key: 'schaamte', label: 'Schaamte of schuld' },
        { key: 'onzekerheid', label: 'Onzekerheid' },
      ],
      options: [
        { key: 'vaak', label: 'Vaak' },
        { key: 'soms', label: 'Soms' },
        { key: 'bijna-nooit', label: 'Bijna nooit' },
      ],
    },
    {
      blockType: 'fillInTable',
      key: 'gevoel-en-behoefte',
      title: 'Wat heb ik nodig?',
      prompt:
        'Kies de gevoelens die bij jou het vaakst voor het kijken komen. Schrijf op wat je op zo’n moment eigenlijk nodig hebt, en wat je kunt doen in plaats van kijken. Dit komt in je plan.',
      rowName: 'Gevoel',
      emptyRows: 3,
      columns: [
        { key: 'gevoel', label: 'Het gevoel' },
        { key: 'nodig', label: 'Wat ik dan eigenlijk nodig heb' },
        { key: 'doen', label: 'Wat ik kan doen in plaats van kijken' },
      ],
      planSection: 'techniques',
    },
    {
      blockType: 'reflection',
      key: 'moment-van-boosheid',
      title: 'Een moment van boosheid',
      prompt:
        'Denk aan een keer dat je boos was. Wat gebeurde er, wat merkte je in je lichaam en wat deed je toen? Schrijf ook op wat je de volgende keer anders wilt doen.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Heb je vragen over deze oefeningen, of maak je je zorgen over je gevoelens of je kijkgedrag? Neem anoniem contact op met Stop it Now!',
    },
  ],
};

export default module10;
