import type { GlobalConfig } from 'payload';
import { CrisisHelp } from './CrisisHelp';
import { Helpline } from './Helpline';
import { SiteSettings } from './SiteSettings';

export const globals: GlobalConfig[] = [Helpline, CrisisHelp, SiteSettings];
