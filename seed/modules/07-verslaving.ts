import type { ModuleSeed } from './types.js';

const module07: ModuleSeed = {
  number: 7,
  title: 'Verslaving',
  slug: 'verslaving',
  summary:
    'Voelt het kijken als een verslaving, of als iets wat je moet doen? In deze module leer je het verschil, en oefen je met technieken tegen de drang.',
  estimatedMinutes: 30,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je kent het verschil tussen verslaving en dwangmatig gedrag.',
        'Je herkent de signalen bij jezelf.',
        'Je kiest technieken die je helpen als de drang opkomt.',
        'Je houdt bij hoe sterk je drang is en wat helpt.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro: 'Hoeveel vertrouwen heb je nu in deze zinnen? Kies wat het beste bij jou past.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'drang-op-tijd-merken', text: 'Ik merk het op tijd als de drang om te kijken opkomt.' },
        { key: 'drang-weerstaan', text: 'Ik kan de drang weerstaan zonder te kijken.' },
        { key: 'technieken-kennen', text: 'Ik ken technieken die mij helpen bij een sterke drang.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Verslaving en dwangmatig gedrag',
      body: [
        { type: 'h3', text: 'Welk woord past bij jou?' },
        {
          type: 'p',
          text: 'Veel mensen die misbruikbeelden bekijken, zeggen: "Ik ben verslaafd." Soms klopt dat. Soms past een ander woord beter. Het verschil helpt je te begrijpen wat er bij jou speelt.',
        },
        {
          type: 'p',
          text: 'Bij verslaving zoek je steeds weer een kick of een beloning. Je hebt steeds meer nodig voor hetzelfde effect. Als je stopt, word je onrustig of prikkelbaar. En je gaat door, ook al zie je de schade.',
        },
        {
          type: 'p',
          text: 'Bij dwangmatig gedrag gaat het minder om plezier. Je doet iets om spanning, angst of onrust kwijt te raken. Daarna voel je even opluchting, en dan schuld of schaamte. De spanning loopt weer op en het begint opnieuw.',
        },
        {
          type: 'p',
          text: 'Bij veel mensen is het een mix. En het kan verschillen: hoe je naar porno met volwassenen kijkt, kan anders zijn dan hoe je naar misbruikbeelden kijkt.',
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
            'Je wordt onrustig als je niet kunt kijken.',
          ],
        },
        { type: 'h3', text: 'Geen excuus, wel een verklaring' },
        {
          type: 'p',
          text: 'Het woord verslaving kan klinken als: "Ik kan er niets aan doen." Dat is niet zo. Ook als het kijken op een verslaving lijkt, blijf je zelf verantwoordelijk voor wat je doet. Het goede nieuws is dat je kunt leren om anders met de drang om te gaan.',
        },
        {
          type: 'p',
          text: 'Een drang is als een golf. Hij komt op, wordt sterker, bereikt een top en zakt dan weer. Ook als je er niets mee doet. Hoe vaker je een golf uitzit zonder te kijken, hoe zwakker de volgende golf wordt.',
        },
        { type: 'h3', text: 'Technieken die helpen' },
        {
          type: 'p',
          text: 'Er is niet één techniek die voor iedereen werkt. Probeer er een paar uit en kijk wat bij jou past. Houd daarna bij hoe sterk de drang was en wat hielp. Zo leer je je eigen patroon kennen.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'De eerste weken was de drang soms enorm. Dan ging ik naar buiten en belde ik mijn broer. Na een tijd merkte ik dat de golven kleiner werden.',
      attribution: 'Iemand die gestopt is',
    },
    {
      blockType: 'classification',
      key: 'verslaving-of-dwang',
      title: 'Verslaving of dwangmatig gedrag?',
      prompt:
        'Kijk naar je eigen gedrag. Kies per soort beelden wat het beste bij jou past. Twijfel je? Kies wat er het dichtst bij komt.',
      rows: [
        { key: 'volwassenenporno', label: 'Volwassenenporno' },
        { key: 'misbruikbeelden', label: 'Beeldmateriaal van seksueel misbruik van minderjarigen' },
      ],
      options: [
        { key: 'verslaving', label: 'Verslaving' },
        { key: 'dwangmatig-gedrag', label: 'Dwangmatig gedrag' },
        { key: 'geen-van-beide', label: 'Geen van beide' },
      ],
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
          name: 'Meegaan op de golf (urge surfing)',
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
          description: 'Schrijf je redenen om te stoppen op een kaartje of in je telefoon. Lees ze als de drang opkomt.',
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
