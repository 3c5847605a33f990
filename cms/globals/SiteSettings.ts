import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isEditor } from '../access/isEditor';
import { invalidateGlobalPages } from './hooks/invalidateGlobalPages';

/** Site-wide settings: quick exit, footer, and the (versioned) privacy statement. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { nl: 'Site-instellingen', en: 'Site settings' },
  admin: { group: { nl: 'Instellingen', en: 'Settings' } },
  access: { read: anyone, update: isEditor, readVersions: isEditor },
  hooks: { afterChange: [invalidateGlobalPages] },
  versions: { max: 50 },
  fields: [
    {
      name: 'quickExitUrl',
      type: 'text',
      required: true,
      defaultValue: 'https://www.buienradar.nl/',
      maxLength: 300,
      label: { nl: 'Snel weg: naar welke site', en: 'Quick exit target' },
      admin: { description: { nl: 'Een neutrale site. De knop "Snel weg" vervangt de pagina hierdoor, zodat Terug niet teruggaat.', en: 'A neutral site that replaces the page.' } },
      validate: (value: unknown) =>
        typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value) ? true : 'Gebruik een volledig https-adres.',
    },
    { name: 'footerText', type: 'textarea', maxLength: 600, label: { nl: 'Tekst onderaan elke pagina', en: 'Footer text' } },
    {
      name: 'privacyVersion',
      type: 'text',
      required: true,
      defaultValue: '2026-11',
      maxLength: 20,
      label: { nl: 'Versie van de privacyverklaring', en: 'Privacy statement version' },
      admin: {
        description: {
          nl: 'Verhoog dit (bijvoorbeeld 2027-03) als de privacyverklaring inhoudelijk verandert. Bij elke aanmelding voor een groep wordt deze versie bewaard.',
          en: 'Bump when the statement changes; sign-ups record the version they agreed to.',
        },
      },
    },
    {
      name: 'privacyStatement',
      type: 'richText',
      label: { nl: 'Privacyverklaring (aanvulling)', en: 'Privacy statement (additions)' },
      admin: {
        description: {
          nl: 'Verschijnt op /privacy onder de vaste uitleg over wat wel en niet wordt bewaard.',
          en: 'Shown on /privacy below the fixed explanation of what is and is not stored.',
        },
      },
    },
  ],
};
