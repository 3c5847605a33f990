const DAY = 24 * 60 * 60 * 1000;

/** Toilet-poster campaign in pubs and restaurants: one QR source per region. */
export function posterCampaign(now: number) {
  return {
    page: {
      title: 'Campagne: posters met QR-code',
      path: '/hulp-bij-kijkgedrag',
      seo: { title: 'Zorgen over wat je online bekijkt?', description: 'Anonieme hulp en zelfhulp bij het stoppen met kijken naar misbruikbeelden.', noindex: true },
      campaign: { startsAt: new Date(now - 10 * DAY).toISOString(), endsAt: new Date(now + 200 * DAY).toISOString() },
      layout: [
        {
          blockType: 'hero',
          heading: 'Zorgen over wat je online bekijkt?',
          text: 'Je hebt de QR-code gescand. Dat is een eerste stap. Hier vind je anonieme hulp als je je zorgen maakt over je eigen kijkgedrag naar beeldmateriaal van seksueel misbruik van minderjarigen.',
          linkLabel: 'Naar de zelfhulp',
          href: '/zelfhulp',
        },
        { blockType: 'helpOptions', heading: 'Bel of chat anoniem' },
        { blockType: 'callToAction', heading: 'Liever eerst rustig lezen?', text: 'De zelfhulp werkt zonder account. Wat je invult, blijft op je eigen telefoon.', linkLabel: 'Begin met module 1', href: '/zelfhulp/begrijpen-waarom' },
      ],
    },
    sources: [
      { code: 'poster-amsterdam', label: 'Toiletposter Amsterdam', channel: 'poster' as const },
      { code: 'poster-utrecht', label: 'Toiletposter Utrecht', channel: 'poster' as const },
      { code: 'poster-den-haag', label: 'Toiletposter Den Haag', channel: 'poster' as const },
    ],
  };
}
