import path from 'node:path';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { en } from '@payloadcms/translations/languages/en';
import { nl } from '@payloadcms/translations/languages/nl';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { collections } from './collections';
import { globals } from './globals';
import { databaseAdapter } from './lib/databaseAdapter';
import { runtimeConfig } from './lib/runtimeConfig';

const config = runtimeConfig();

export default buildConfig({
  secret: config.payloadSecret,
  serverURL: config.publicUrl,
  // The admin and API accept cookie-authenticated requests only from our own origin.
  csrf: [config.publicUrl],
  cors: [config.publicUrl],
  admin: {
    user: 'users',
    // Gravatar would be a request to another origin.
    avatar: 'default',
    importMap: {
      baseDir: path.resolve(process.cwd(), 'cms'),
      importMapFile: path.resolve(process.cwd(), 'cms/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · Stop it Now! beheer' },
    dateFormat: 'd MMMM yyyy HH:mm',
  },
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  collections,
  globals,
  editor: lexicalEditor(),
  db: databaseAdapter(config),
  sharp,
  telemetry: false,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(process.cwd(), 'cms/payload-types.ts') },
});
