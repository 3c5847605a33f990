import type { GlobalConfig } from 'payload';
import { Helpline } from './Helpline';
import { SiteSettings } from './SiteSettings';

export const globals: GlobalConfig[] = [Helpline, SiteSettings];
