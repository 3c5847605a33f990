import { isSecondFactorPending } from '../auth/secondFactor/secondFactorState';

/**
 * The one place that defines staff roles. Every access predicate checks roles through
 * `hasRole`, so adding a role or changing what it may do happens here and in `cms/access/`.
 */
export const ROLES = ['admin', 'editor', 'coordinator', 'analyst', 'counsellor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  admin: { nl: 'Beheerder (alles)', en: 'Administrator (everything)' },
  editor: { nl: 'Redacteur (inhoud)', en: 'Editor (content)' },
  coordinator: { nl: 'Coördinator (groepen en aanmeldingen)', en: 'Coordinator (groups and sign-ups)' },
  analyst: { nl: 'Analist (alleen statistieken)', en: 'Analyst (statistics only)' },
  counsellor: { nl: 'Hulpverlener (gesprekken)', en: 'Counsellor (conversations)' },
};

interface WithRoles {
  roles?: readonly string[] | null;
}

/**
 * True when the user has at least one of the given roles. Admin implies every role.
 * A signed-in user who still owes the second factor has no role at all, so every access
 * predicate (admin, REST, GraphQL, exports, field decryption) refuses them alike.
 */
export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const own = (user as WithRoles | null | undefined)?.roles;
  if (!Array.isArray(own)) return false;
  if (isSecondFactorPending(user)) return false;
  if (own.includes('admin')) return true;
  return roles.some((role) => own.includes(role));
}
