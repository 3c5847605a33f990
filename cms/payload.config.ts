import path from 'node:path';
import { nl } from '@payloadcms/translations/languages/nl';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { collections } from './collections';
import { globals } from './globals';
import { outboxEmailAdapter } from './email/outbox/outboxEmailAdapter';
import { richTextEditor } from './fields/richTextEditor';
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
    components: {
      // Statistics for analysts and administrators (the view checks the role itself).
      views: {
        statistieken: { Component: '/views/Dashboard/DashboardView#DashboardView', path: '/statistieken', exact: true },
      },
      afterNavLinks: ['/views/Dashboard/NavLink#NavLink'],
    },
  },
  // Dutch only: staff see the admin in Dutch whatever their browser's language.
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
  collections,
  globals,
  editor: richTextEditor,
  db: databaseAdapter(config),
  email: outboxEmailAdapter({ fromAddress: config.mailFrom, fromName: config.mailFromName }),
  sharp,
  telemetry: false,
  graphQL: { disablePlaygroundInProduction: true },
  // Runs scheduled publishing (and any queued Payload job) every minute in the server process.
  jobs: {
    autoRun: [{ cron: '* * * * *', limit: 20, queue: 'default' }],
    shouldAutoRun: () => !config.isBuild && process.env.NODE_ENV !== 'test',
  },
  typescript: { outputFile: path.resolve(process.cwd(), 'cms/payload-types.ts') },
});
