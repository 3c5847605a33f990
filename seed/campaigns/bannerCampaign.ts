const DAY = 24 * 60 * 60 * 1000;

/** Porn-site banner campaign: one source per ad network. */
export function bannerCampaign(now: number) {
  return {
    page: {
      title: 'Campagne: stop kindermisbruik (banners)',
      path: '/stop-kindermisbruik',
      seo: { title: 'Zoek je seksuele beelden van minderjarigen? Stoppen is mogelijk.', description: 'Anonieme hulp voor mensen die zich zorgen maken over hun kijkgedrag.', noindex: true },
      campaign: { startsAt: new Date(now - 30 * DAY).toISOString(), endsAt: new Date(now + 120 * DAY).toISOString() },
      layout: [
        {
          blockType: 'hero',
          heading: 'Zoek je seksuele beelden van kinderen of jongeren onder de 18? Stop. Er is hulp.',
          text: 'Achter elk seksueel beeld van een minderjarige zit een echt kind dat wordt misbruikt. Kijken is strafbaar en maakt slachtoffers. Maar je kunt stoppen, en je hoeft het niet alleen te doen. Praat anoniem met ons, of begin nu met de zelfhulp.',
          linkLabel: 'Begin anoniem met de zelfhulp',
          href: '/zelfhulp',
        },
        { blockType: 'helpOptions', heading: 'Praat anoniem met ons', intro: 'Gratis, zonder je naam te noemen, en zonder oordeel.' },
        { blockType: 'quote', text: 'Ik dacht dat ik de enige was. Het eerste gesprek was eng, maar daarna kon ik eindelijk iets veranderen.', provenance: 'illustrative' },
        {
          blockType: 'faq',
          heading: 'Vragen',
          items: [
            { question: 'Wordt mijn bezoek aan deze pagina bewaard?', answer: 'Nee. Deze site plaatst geen cookies en bewaart geen IP-adressen. We tellen alleen hoeveel bezoeken er zijn, zonder te weten wie.' },
            { question: 'Ben ik een slecht mens?', answer: 'Je bent hier omdat je iets wilt veranderen. Dat is een belangrijke stap. Wat je hebt gedaan is schadelijk en strafbaar, maar je kunt leren stoppen.' },
          ],
        },
        { blockType: 'courseTeaser', heading: 'Zelfhulp: Stoppen is mogelijk', text: 'Begin met module 1 of met de module over triggers.' },
      ],
    },
    sources: [
      { code: 'banner-netwerk-a', label: 'Bannernetwerk A (grote pornosite)', channel: 'banner' as const },
      { code: 'banner-netwerk-b', label: 'Bannernetwerk B', channel: 'banner' as const },
      { code: 'banner-netwerk-c', label: 'Bannernetwerk C', channel: 'banner' as const },
    ],
  };
}
