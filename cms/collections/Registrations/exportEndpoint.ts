import type { Endpoint } from 'payload';
import { hasRole } from '../../access/roles';
import { AUDIT_READ_AS } from '../../audit/auditHooks';
import { RELATION_LABELS, type Relation } from '../../groups/signupSchema';
import { REGISTRATION_STATUS, type RegistrationStatus, STATUS_LABELS } from '../../groups/registrationStatus';
import { toCsv } from './toCsv';

const HEADER = ['Naam', 'E-mail', 'Telefoon', 'Relatie', 'Status', 'Kennismaking gehad', 'Aangemeld op', 'Bericht', 'Notitie'];
const DATE = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' });
// Cancelled and expired sign-ups are not on the group's list.
const LISTED: RegistrationStatus[] = [
  REGISTRATION_STATUS.confirmed,
  REGISTRATION_STATUS.offered,
  REGISTRATION_STATUS.waitingList,
  REGISTRATION_STATUS.awaitingConfirmation,
];

/**
 * GET /api/registrations/export?group=<id> — one group's list as CSV, decrypted, for
 * coordinators and administrators only. The reads run with the caller's own access.
 */
export const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'coordinator')) return Response.json({ error: 'Forbidden' }, { status: 403 });
    const groupId = new URL(req.url ?? '', 'http://x').searchParams.get('group') ?? '';
    if (!/^[A-Za-z0-9]{1,40}$/.test(groupId)) return Response.json({ error: 'Kies een groep.' }, { status: 400 });
    const group = await req.payload
      .findByID({ collection: 'groups', id: groupId, depth: 0, req, overrideAccess: false })
      .catch(() => null);
    if (!group) return Response.json({ error: 'Deze groep bestaat niet.' }, { status: 404 });
    // The audit trail records these reads as a download.
    (req.context as Record<string, unknown>)[AUDIT_READ_AS] = 'export';
    const { docs } = await req.payload.find({
      collection: 'registrations',
      where: { and: [{ group: { equals: group.id } }, { status: { in: LISTED } }] },
      sort: 'createdAt',
      limit: 1000,
      depth: 0,
      req,
      overrideAccess: false,
    });
    const rows = docs.map((r) => [
      r.name,
      r.email,
      r.phone,
      RELATION_LABELS[r.relation as Relation] ?? r.relation,
      STATUS_LABELS[r.status as RegistrationStatus]?.nl ?? r.status,
      r.intakeDone ? 'ja' : 'nee',
      r.createdAt ? DATE.format(new Date(r.createdAt)) : '',
      r.message,
      r.staffNote,
    ]);
    return new Response(toCsv([HEADER, ...rows]), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="aanmeldingen-${group.slug}.csv"`,
        'cache-control': 'no-store',
      },
    });
  },
};
