/**
 * What the audit trail records. Each entry says who (a staff account id) did what to which
 * record (collection and id), never any content: no names, addresses or messages.
 */
export const AUDIT_ACTIONS = [
  'read',
  'export',
  'create',
  'update',
  'delete',
  'login',
  'loginFailed',
  'logout',
  'secondFactorPassed',
  'secondFactorFailed',
  'secondFactorEnabled',
  'secondFactorReset',
  'recoveryCodeUsed',
  'recoveryCodesRenewed',
  'roleChange',
  'passwordChange',
  'logoutEverywhere',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  read: 'Bekeken',
  export: 'Gedownload (CSV)',
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  delete: 'Verwijderd',
  login: 'Ingelogd met wachtwoord',
  loginFailed: 'Inloggen mislukt',
  logout: 'Uitgelogd',
  secondFactorPassed: 'Tweede stap gelukt',
  secondFactorFailed: 'Tweede stap mislukt',
  secondFactorEnabled: 'Tweestapsverificatie ingesteld',
  secondFactorReset: 'Tweestapsverificatie gewist',
  recoveryCodeUsed: 'Herstelcode gebruikt',
  recoveryCodesRenewed: 'Nieuwe herstelcodes gemaakt',
  roleChange: 'Rol gewijzigd',
  passwordChange: 'Wachtwoord gewijzigd',
  logoutEverywhere: 'Overal uitgelogd',
};

/** Collections whose records the trail names. */
export const AUDIT_SUBJECTS = ['registrations', 'conversations', 'conversation-messages', 'users'] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

export const AUDIT_SUBJECT_LABELS: Record<AuditSubject, string> = {
  registrations: 'Aanmelding',
  conversations: 'Gesprek',
  'conversation-messages': 'Bericht in een gesprek',
  users: 'Medewerker',
};

/** How the request came in. */
export const AUDIT_CHANNELS = ['admin', 'api', 'graphql', 'server'] as const;
export type AuditChannel = (typeof AUDIT_CHANNELS)[number];

export const AUDIT_CHANNEL_LABELS: Record<AuditChannel, string> = {
  admin: 'Beheeromgeving',
  api: 'API',
  graphql: 'GraphQL',
  server: 'Server',
};
