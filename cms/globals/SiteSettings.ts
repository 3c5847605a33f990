import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isEditor } from '../access/isEditor';
import { invalidateGlobalPages } from './hooks/invalidateGlobalPages';
import { DEFAULT_DEVICE_NOTICE } from './siteSettings/deviceNotice';

/** Site-wide settings: quick exit, footer, the device privacy text and the (versioned) privacy statement. */
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
      admin: { description: { nl: 'Een neutrale site. De knop „Snel weg” vervangt de pagina hierdoor, zodat Terug niet teruggaat.', en: 'A neutral site that replaces the page.' } },
      validate: (value: unknown) =>
        typeof value === 'string' && /^https:\/\/[^\s]+$/.test(value) ? true : 'Gebruik een volledig https-adres.',
    },
    { name: 'footerText', type: 'textarea', maxLength: 600, label: { nl: 'Tekst onderaan elke pagina', en: 'Footer text' } },
    {
      name: 'deviceNotice',
      type: 'textarea',
      required: true,
      maxLength: 1200,
      defaultValue: DEFAULT_DEVICE_NOTICE,
      label: { nl: 'Tekst over bewaren op dit apparaat', en: 'Device storage notice' },
      admin: {
        rows: 8,
        description: {
          nl: 'Eén tekst voor de hele site: boven elke module, in de modules („Privacy-uitleg”) en op /privacy. Houd hem waar: antwoorden blijven alleen in de browser, iedereen die het apparaat gebruikt kan ze zien, zo wis je ze, zo gebruik je een privévenster. Een lege regel begint een nieuwe alinea.',
          en: 'One text for the whole site (course pages, modules, /privacy). Keep it true. A blank line starts a new paragraph.',
        },
      },
    },
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
