/**
 * The fixed routes of the public site (site/pages without parameters) that a link may point
 * to. Pages with parameters are checked against the CMS instead: /zelfhulp/<module>,
 * /lotgenotengroepen/<group>, /k/<code>, and block-built pages at their own path.
 * A unit test keeps this list and site/pages in step.
 */
export const STATIC_ROUTES = ['/', '/zelfhulp', '/zelfhulp/mijn-plan', '/lotgenotengroepen', '/privacy', '/contact', '/contact/gesprek'] as const;

/**
 * Fixed routes that exist but are no place to link to: they act on a token from an e-mail and
 * only explain that the link does not work without one.
 */
export const ACTION_ROUTES = ['/lotgenotengroepen/bevestigen', '/lotgenotengroepen/afmelden', '/lotgenotengroepen/plek-aannemen'] as const;
