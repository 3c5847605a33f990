const DAY = 24 * 60 * 60 * 1000;

/**
 * The 2022 poster campaign: 1,500 posters with a QR code in pub and restaurant toilets across
 * the country, and 125 bus-shelter posters in Amsterdam, Den Haag and Utrecht. One source for the
 * toilet posters and one per city for the bus shelters. The codes of the first edition
 * (poster-amsterdam, poster-utrecht, poster-den-haag) stay: printed codes never change.
 */
export function posterCampaign(now: number) {
  return {
    page: {
      title: 'Campagne: posters in toiletten en bushokjes',
      path: '/hulp-bij-kijkgedrag',
      seo: { title: 'Zorgen over wat je online bekijkt?', description: 'Anonieme hulp en zelfhulp bij het stoppen met kijken naar misbruikbeelden.', noindex: true },
      campaign: { startsAt: new Date(now - 10 * DAY).toISOString(), endsAt: new Date(now + 200 * DAY).toISOString() },
      layout: [
        {
          blockType: 'hero',
          heading: 'Zorgen over wat je online bekijkt?',
          text: 'Je kwam hier via onze poster. Dat is een eerste stap. Hier vind je anonieme hulp als je je zorgen maakt over je eigen kijkgedrag naar beeldmateriaal van seksueel misbruik van minderjarigen.',
          linkLabel: 'Naar de zelfhulp',
          href: '/zelfhulp',
        },
        { blockType: 'helpOptions', heading: 'Bel of chat anoniem' },
        { blockType: 'callToAction', heading: 'Liever eerst rustig lezen?', text: 'De zelfhulp werkt zonder account. Wat je invult, blijft op je eigen telefoon.', linkLabel: 'Begin met module 1', href: '/zelfhulp/begrijpen-waarom' },
      ],
    },
    sources: [
      { code: 'toiletposter', label: 'Toiletposters in cafés en restaurants, heel Nederland (1.500 stuks)', channel: 'poster' as const },
      { code: 'poster-amsterdam', label: 'Posters in bushokjes, Amsterdam', channel: 'poster' as const },
      { code: 'poster-den-haag', label: 'Posters in bushokjes, Den Haag', channel: 'poster' as const },
      { code: 'poster-utrecht', label: 'Posters in bushokjes, Utrecht', channel: 'poster' as const },
    ],
  };
}
