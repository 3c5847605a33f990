import type { CollectionConfig } from 'payload';
import { adminFieldOnly } from '../../access/adminFieldOnly';
import { isAdmin } from '../../access/isAdmin';
import { nobodyField } from '../../access/nobodyField';
import { ROLE_LABELS, ROLES } from '../../access/roles';
import { selfOrAdmin } from '../../access/selfOrAdmin';
import { updateOwnAccountOrAdmin } from '../../access/updateOwnAccountOrAdmin';
import { forgotPasswordEndpoint } from '../../auth/login/forgotPasswordEndpoint';
import { refuseDirectForgotPassword } from '../../auth/login/refuseDirectForgotPassword';
import { throttleLogin } from '../../auth/login/throttleLogin';
import { enforcePasswordPolicy } from '../../auth/password/enforcePasswordPolicy';
import { secondFactorEndpoints } from '../../auth/secondFactor/secondFactorEndpoints';
import { capSessionLifetime } from '../../auth/sessions/capSessionLifetime';
import { IDLE_TIMEOUT_SECONDS } from '../../auth/sessions/sessionPolicy';
import { isLoopbackUrl, runtimeConfig } from '../../lib/runtimeConfig';
import { auditAccountChanges, auditAccountDelete, notePasswordChange } from './hooks/auditAccountChanges';
import { auditLogin, auditLogout } from './hooks/auditSignIns';
import { firstUserRoles } from './hooks/firstUserRoles';
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin';

const { publicUrl } = runtimeConfig();
const serverOnly = { read: nobodyField, create: nobodyField, update: nobodyField };

/**
 * Staff accounts. There is no default account: the first user is created in the admin and
 * becomes administrator. Signing in takes a password (≥ 12 characters, hard to guess) and,
 * for administrators, coordinators and counsellors, a code from an authenticator app
 * (cms/auth/secondFactor). Sessions end after 30 idle minutes and after 8 hours at most.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { nl: 'Medewerker', en: 'Staff member' }, plural: { nl: 'Medewerkers', en: 'Staff' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'secondFactorEnabled'],
    group: { nl: 'Beheer', en: 'Administration' },
    description: { nl: 'Accounts van medewerkers en hun rollen.', en: 'Staff accounts and their roles.' },
  },
  auth: {
    // No account lock: anyone could lock any account with five wrong passwords. Sign-in slows
    // down instead (cms/auth/login/throttleLogin).
    maxLoginAttempts: 0,
    tokenExpiration: IDLE_TIMEOUT_SECONDS,
    forgotPassword: { expiration: 60 * 60 * 1000 },
    cookies: {
      sameSite: 'Strict',
      // Secure everywhere except on this machine's loopback address during development.
      secure: !isLoopbackUrl(publicUrl),
    },
  },
  access: {
    // Signed in, even before the second factor: the admin then shows only the second-step screen.
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    read: selfOrAdmin,
    update: updateOwnAccountOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [forgotPasswordEndpoint, ...secondFactorEndpoints],
  hooks: {
    beforeOperation: [throttleLogin, enforcePasswordPolicy, refuseDirectForgotPassword],
    beforeChange: [makeFirstUserAdmin, notePasswordChange],
    afterChange: [auditAccountChanges],
    afterDelete: [auditAccountDelete],
    afterLogin: [auditLogin],
    afterLogout: [auditLogout],
    refresh: [capSessionLifetime],
  },
  fields: [
    {
      name: 'passwordAdvice',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: '/components/account/PasswordStrength#PasswordStrength' } },
    },
    { name: 'name', type: 'text', maxLength: 100, label: { nl: 'Naam', en: 'Name' } },
    {
      // Shown only on the create-first-user screen: that account becomes administrator.
      name: 'firstUserRole',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: '/components/account/FirstUserRole#FirstUserRole' } },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: firstUserRoles,
      label: { nl: 'Rollen', en: 'Roles' },
      admin: {
        // Not on the create-first-user screen (nobody signed in): that account becomes administrator anyway.
        condition: (_data, _siblings, { user }) => Boolean(user),
        description: {
          nl: 'Redacteur: inhoud. Coördinator: groepen en aanmeldingen. Hulpverlener: gesprekken. Analist: alleen statistieken. Beheerder: alles. Beheerders, coördinatoren en hulpverleners loggen altijd in met een code uit een app (tweestapsverificatie).',
          en: 'Editor: content. Coordinator: groups and sign-ups. Counsellor: conversations. Analyst: statistics only. Admin: everything.',
        },
      },
      access: { create: adminFieldOnly, update: adminFieldOnly },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
    },
    {
      name: 'secondFactorEnabled',
      type: 'checkbox',
      defaultValue: false,
      label: { nl: 'Tweestapsverificatie', en: 'Two-factor sign-in' },
      access: { create: nobodyField, update: nobodyField },
      // Shown as the account's sign-in panel (status and actions); a yes/no column in the list.
      admin: { readOnly: true, position: 'sidebar', components: { Field: '/components/account/AccountSecurity#AccountSecurity' } },
    },
    {
      // TOTP secret, recovery-code hashes, verified sessions: server code only (cms/auth/secondFactor).
      name: 'secondFactor',
      type: 'json',
      access: serverOnly,
      admin: { disabled: true },
    },
  ],
};
