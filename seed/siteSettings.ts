import type { Payload } from 'payload';
import { DEFAULT_DEVICE_NOTICE } from '../cms/globals/siteSettings/deviceNotice';
import { toLexical } from './lib/toLexical';

export async function seedSiteSettings(payload: Payload): Promise<void> {
  await payload.updateGlobal({
    slug: 'site-settings',
    overrideAccess: true,
    context: { skipSideEffects: true },
    data: {
      quickExitUrl: 'https://www.buienradar.nl/',
      footerText:
        'Stop it Now! is een anonieme en gratis hulplijn van Expertisebureau Online Kindermisbruik (EOKM). Voor iedereen die zich zorgen maakt over seksuele gevoelens of gedrag naar minderjarigen, van zichzelf of van een ander.',
      deviceNotice: DEFAULT_DEVICE_NOTICE,
      privacyVersion: '2026-11',
      privacyStatement: toLexical([
        { type: 'h3', text: 'Wie is verantwoordelijk?' },
        {
          type: 'p',
          text: 'Deze site is van Stop it Now!, een project van Expertisebureau Online Kindermisbruik (EOKM) in Amsterdam. Heb je een vraag over privacy? Stuur ons een bericht via het contactformulier.',
        },
      ]) as never,
    },
  });
}
