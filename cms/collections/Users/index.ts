import type { CollectionConfig } from 'payload';
import { adminFieldOnly } from '../../access/adminFieldOnly';
import { isAdmin } from '../../access/isAdmin';
import { ROLE_LABELS, ROLES } from '../../access/roles';
import { selfOrAdmin } from '../../access/selfOrAdmin';
import { isLoopbackUrl, runtimeConfig } from '../../lib/runtimeConfig';
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin';

const { publicUrl } = runtimeConfig();

/** Staff accounts. There is no default account: the first user is created in the admin. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { nl: 'Medewerker', en: 'Staff member' }, plural: { nl: 'Medewerkers', en: 'Staff' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: { nl: 'Beheer', en: 'Administration' },
    description: { nl: 'Accounts van medewerkers en hun rollen.', en: 'Staff accounts and their roles.' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Strict',
      // Secure everywhere except on this machine's loopback address during development.
      secure: !isLoopbackUrl(publicUrl),
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 100, label: { nl: 'Naam', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['editor'],
      label: { nl: 'Rollen', en: 'Roles' },
      admin: {
        description: {
          nl: 'Redacteur: inhoud. Coördinator: groepen en aanmeldingen. Analist: alleen statistieken. Beheerder: alles.',
          en: 'Editor: content. Coordinator: groups and sign-ups. Analyst: statistics only. Admin: everything.',
        },
      },
      access: { create: adminFieldOnly, update: adminFieldOnly },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
    },
  ],
};
