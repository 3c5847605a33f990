import type { ModuleSeed } from './types.js';

const module12: ModuleSeed = {
  number: 12,
  title: 'Openbaring',
  slug: 'openbaring',
  summary:
    'Denk na over het vertellen van je kijkgedrag aan je partner, familie of werkgever. Bereid je voor op hoe zij kunnen reageren.',
  estimatedMinutes: 25,
  blocks: [
    {
      blockType: 'goals',
      items: [
        'Je denkt na over de voor- en nadelen van vertellen over je kijkgedrag.',
        'Je bepaalt zelf aan wie je het wilt vertellen, en wanneer.',
        'Je weet welke reacties je kunt verwachten.',
        'Je bereidt een gesprek goed voor.',
      ],
    },
    {
      blockType: 'selfRating',
      key: 'vertrekpunt',
      intro:
        'Hoe sta je er nu voor? Kies bij elke zin wat het best bij je past. Het is helemaal goed als je nog twijfelt.',
      scale: ['weinig vertrouwen', 'enig vertrouwen', 'veel vertrouwen'],
      statements: [
        { key: 'weet-aan-wie', text: 'Ik weet aan wie ik mijn verhaal zou kunnen vertellen.' },
        {
          key: 'reactie-aankunnen',
          text: 'Ik kan omgaan met de reactie van een ander, ook als die heftig is.',
        },
        { key: 'gesprek-voorbereiden', text: 'Ik weet hoe ik zo’n gesprek kan voorbereiden.' },
      ],
    },
    {
      blockType: 'content',
      heading: 'Vertellen over je kijkgedrag',
      body: [
        { type: 'h3', text: 'Een grote stap' },
        {
          type: 'p',
          text: 'Openbaring betekent dat je iemand vertelt dat je naar beeldmateriaal van seksueel misbruik van minderjarigen hebt gekeken. Dat is een grote en persoonlijke stap. Je hoeft het niet te doen, en zeker niet meteen. Maar veel mensen merken dat het opluchting geeft. Ze hoeven geen geheim meer te bewaren. En iemand die het weet, kan je steunen bij het stoppen.',
        },
        { type: 'h3', text: 'Denk eerst goed na' },
        {
          type: 'ul',
          items: [
            'Waarom wil ik het vertellen? Voor steun, om eerlijk te zijn, of omdat de ander het recht heeft om het te weten?',
            'Wat hoop ik dat er daarna gebeurt?',
            'Wat kan het voor de ander betekenen?',
            'Heb ik zelf genoeg steun, bijvoorbeeld van een hulpverlener?',
          ],
        },
        {
          type: 'p',
          text: 'Praat er eerst over met een hulpverlener of met Stop it Now! Samen kun je bedenken wat je vertelt, hoe en wanneer.',
        },
        { type: 'h3', text: 'Partner, familie en werk' },
        {
          type: 'p',
          text: 'Voor een partner is het vaak een schok. Er komt veel op hem of haar af: verdriet, boosheid, vragen over de relatie en soms zorgen over kinderen in het gezin. Geef je partner tijd en ruimte. Ook partners en familieleden kunnen hulp krijgen, bijvoorbeeld in een groep met mensen die hetzelfde hebben meegemaakt.',
        },
        {
          type: 'p',
          text: 'Bij familie en vrienden kun je kiezen met wie je begint. Vaak is dat iemand bij wie je je veilig voelt.',
        },
        {
          type: 'p',
          text: 'Je werkgever hoeft het meestal niet te weten. Maar het kan wel belangrijk zijn, bijvoorbeeld als je met kinderen werkt of als je op een computer van je werk hebt gekeken. Bespreek dan eerst met een hulpverlener wat verstandig is.',
        },
        { type: 'h3', text: 'Hoe mensen kunnen reageren' },
        {
          type: 'p',
          text: 'Iedereen reageert anders. En de eerste reactie is vaak niet de laatste. Je kunt onder meer dit verwachten:',
        },
        {
          type: 'ul',
          items: [
            'Schrik of ongeloof: "Dat kan niet waar zijn."',
            'Boosheid, verdriet of teleurstelling.',
            'Veel vragen: hoe lang al, waarom, wat betekent dit voor ons?',
            'Afstand nemen, soms voor een tijd.',
            'Steun en waardering omdat je eerlijk bent.',
          ],
        },
        {
          type: 'p',
          text: 'Probeer je niet te verdedigen en praat niets goed. Luister, erken wat de ander voelt en vertel wat je doet om te stoppen. Geef de ander tijd. Zoek zelf ook steun als het gesprek zwaar was.',
        },
      ],
    },
    {
      blockType: 'quote',
      text: 'Ik dacht dat mijn broer nooit meer met me wilde praten. Hij was eerst heel boos. Een paar weken later belde hij en vroeg hoe het met me ging. Dat had ik nooit verwacht.',
      attribution: 'Iemand die het aan zijn familie vertelde',
    },
    {
      blockType: 'classification',
      key: 'aan-wie-vertellen',
      title: 'Aan wie vertel ik het?',
      prompt:
        'Denk aan de mensen in je leven. Kies per persoon wat nu het best bij je past. Je kunt dit later altijd veranderen.',
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
      title: 'Je gesprek voorbereiden',
      prompt:
        'Schrijf op wat je wilt vertellen, waarom je het vertelt en wat je van de ander vraagt. Bedenk ook wat je doet als het gesprek moeilijk wordt, en bij wie je daarna steun zoekt.',
    },
    {
      blockType: 'contactPrompt',
      text: 'Twijfel je of en hoe je het wilt vertellen, of heb je vragen over deze oefeningen? Neem anoniem contact op met Stop it Now! We denken graag met je mee.',
    },
  ],
};

export default module12;
