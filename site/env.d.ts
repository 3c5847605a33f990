/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** CMS reads for the public site, provided by the server (see cms/siteData/types.ts). */
    site: import('../cms/siteData/types').SiteData;
    /** Support groups: schedule, sign-up and e-mailed links (see cms/groups/types.ts). */
    groups: import('../cms/groups/types').GroupsSite;
    /** The contact form and conversations (see cms/contact/types.ts). */
    contact: import('../cms/contact/types').ContactSite;
  }
}
