import path from 'node:path';
import { nl } from '@payloadcms/translations/languages/nl';
import { buildConfig } from 'payload';
import { graphqlShapeLimit, MAX_GRAPHQL_COMPLEXITY } from './api/graphqlLimits';
import { isAdminJobs } from './access/isAdminJobs';
import { withInternalAccess } from './access/withInternalAccess';
import { DUTCH_ADMIN_TEXTS } from './admin/dutchAdminTexts';
import { collections } from './collections';
import { globals } from './globals';
import { outboxEmailAdapter } from './email/outbox/outboxEmailAdapter';
import { richTextEditor } from './fields/richTextEditor';
import { databaseAdapter } from './lib/databaseAdapter';
import { lazySharp } from './lib/lazySharp';
import { runtimeConfig } from './lib/runtimeConfig';

const config = runtimeConfig();

export default withInternalAccess(buildConfig({
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
    // Dutch dates in Dutch time, wherever the staff member's computer thinks it is.
    dateFormat: 'd MMMM yyyy HH:mm',
    timezones: {
      defaultTimezone: 'Europe/Amsterdam',
      supportedTimezones: [{ label: 'Nederlandse tijd', value: 'Europe/Amsterdam' }],
    },
    components: {
      views: {
        // Statistics for analysts and administrators (the view checks the role itself).
        statistieken: { Component: '/views/Dashboard/DashboardView#DashboardView', path: '/statistieken', exact: true },
        // The second step of signing in: set up the authenticator app, or give a code.
        tweestapsverificatie: { Component: '/components/account/SecondFactorView#SecondFactorView', path: '/tweestapsverificatie', exact: true },
      },
      afterNavLinks: ['/views/Dashboard/NavLink#NavLink'],
    },
  },
  // Dutch only: staff see the admin in Dutch whatever their browser's language.
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl', translations: { nl: DUTCH_ADMIN_TEXTS as never } },
  collections,
  globals,
  editor: richTextEditor,
  db: await databaseAdapter(config),
  email: outboxEmailAdapter({ fromAddress: config.mailFrom, fromName: config.mailFromName }),
  sharp: lazySharp,
  telemetry: false,
  // Staff only (cms/api/guardGraphql.ts), and no single query may ask for unbounded work.
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: MAX_GRAPHQL_COMPLEXITY,
    validationRules: () => [graphqlShapeLimit],
  },
  // No autoRun: Payload's runner claims jobs by find-then-update in every process and starts
  // only after an admin request. Queued jobs (scheduled publishing) are run by the portal's job
  // runner instead, which claims each one atomically (cms/jobs/runPayloadJobs.ts).
  jobs: {
    // Running, queueing or cancelling jobs through the API: administrators only.
    access: { run: isAdminJobs, queue: isAdminJobs, cancel: isAdminJobs },
  },
  typescript: { outputFile: path.resolve(process.cwd(), 'cms/payload-types.ts') },
}));
