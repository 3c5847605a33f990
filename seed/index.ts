import type { Payload } from 'payload';
import { bannerCampaign } from './campaigns/bannerCampaign';
import { posterCampaign } from './campaigns/posterCampaign';
import { seedCrisisHelp } from './crisisHelp';
import { seedGroups } from './groups';
import { seedHelpline } from './helpline';
import { aboutPage } from './pages/about';
import { forProfessionalsPage } from './pages/forProfessionals';
import { forRelativesPage } from './pages/forRelatives';
import { homePage } from './pages/home';
import { loadModuleSeeds, seedModules } from './seedModules';
import { seedSiteSettings } from './siteSettings';
import { ensureSources, upsertPage } from './upsertPage';

export interface SeedLog {
  info(msg: string, fields?: Record<string, string | number | boolean>): void;
}

/**
 * Seeds the demo content. Idempotent: documents are matched by slug, path or code and
 * updated in place, so running it twice gives the same result.
 */
export async function seed(payload: Payload, { log, now = Date.now() }: { log: SeedLog; now?: number }): Promise<void> {
  await seedHelpline(payload);
  await seedCrisisHelp(payload);
  await seedSiteSettings(payload);
  const modules = await seedModules(payload, await loadModuleSeeds());
  // Linked pages first: every internal link is validated against pages that exist (cms/fields/checkInternalLink.ts).
  for (const page of [forRelativesPage, forProfessionalsPage, aboutPage, homePage]) await upsertPage(payload, page);
  for (const campaign of [bannerCampaign(now), posterCampaign(now)]) {
    const id = await upsertPage(payload, campaign.page);
    await ensureSources(payload, id, campaign.sources);
  }
  const groups = await seedGroups(payload, now);
  log.info('seeded demo content', { modules, groups });
}
