import type { Payload } from 'payload';
import { claimSeat } from '../cms/groups/capacity/claimSeat';
import { REGISTRATION_STATUS, type RegistrationStatus } from '../cms/groups/registrationStatus';
import { SERVICE_CONTEXT } from '../cms/groups/serviceContext';
import type { Relation } from '../cms/groups/signupSchema';

const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY = 24 * 60 * 60 * 1000;
const CONTEXT = { ...SERVICE_CONTEXT, skipSideEffects: true };
const FACILITATORS = 'Een therapeut van De Waag en een medewerker van Stop it Now!';

interface SeedGroup {
  slug: string;
  title: string;
  audience: string;
  format: 'inPerson' | 'online';
  city?: string;
  address?: string;
  meetingLink?: string;
  /** Days from now to the first meeting; the next four follow weekly. */
  firstInDays: number;
  start: string;
  end: string;
  capacity: number;
  confirmed: number;
  waiting: number;
}

// Example groups: varied places, dates and availability (Utrecht is full with a waiting list).
const GROUPS: SeedGroup[] = [
  { slug: 'amsterdam-voorjaar', title: 'Groep Amsterdam', audience: 'Partners en ex-partners.', format: 'inPerson', city: 'Amsterdam', address: 'Voorbeeldgracht 1 (voorbeeldadres)\n1000 AA Amsterdam', firstInDays: 18, start: '19:30', end: '21:30', capacity: 8, confirmed: 3, waiting: 0 },
  { slug: 'utrecht-voorjaar', title: 'Groep Utrecht', audience: 'Ouders, kinderen, broers en zussen en andere familie.', format: 'inPerson', city: 'Utrecht', address: 'Voorbeeldsingel 2 (voorbeeldadres)\n3500 AA Utrecht', firstInDays: 25, start: '19:00', end: '21:00', capacity: 6, confirmed: 6, waiting: 2 },
  { slug: 'den-haag-voorjaar', title: 'Groep Den Haag', audience: 'Alle naasten: partners, familie, vrienden en vriendinnen.', format: 'inPerson', city: 'Den Haag', address: 'Voorbeeldplein 3 (voorbeeldadres)\n2500 AA Den Haag', firstInDays: 32, start: '19:30', end: '21:30', capacity: 8, confirmed: 6, waiting: 0 },
  { slug: 'online-voorjaar', title: 'Online groep', audience: 'Alle naasten, waar je ook woont.', format: 'online', meetingLink: 'https://meet.example.org/voorbeeld-groep', firstInDays: 40, start: '20:00', end: '21:30', capacity: 10, confirmed: 1, waiting: 0 },
];

// Obviously fictional: bird names marked as examples, addresses at example.org.
const BIRDS = ['Merel', 'Vink', 'Reiger', 'Zwaluw', 'Kievit', 'Specht', 'Mus', 'Uil', 'Gaai', 'Spreeuw'];
const RELATIONS: Relation[] = ['partner', 'parent', 'sibling', 'friend', 'ex-partner', 'child', 'other'];

/**
 * Seeds the example support groups and their fictional registrations. Idempotent: a group
 * whose slug exists is left alone, with its registrations. Seats are taken through the
 * capacity service, so the counts match the registrations.
 *
 * @returns how many groups were created.
 */
export async function seedGroups(payload: Payload, now: number = Date.now()): Promise<number> {
  let created = 0;
  for (const spec of GROUPS) {
    const { totalDocs } = await payload.count({ collection: 'groups', where: { slug: { equals: spec.slug } }, overrideAccess: true });
    if (totalDocs > 0) continue;
    const group = await payload.create({
      collection: 'groups',
      overrideAccess: true,
      context: CONTEXT,
      data: {
        slug: spec.slug,
        title: spec.title,
        audience: spec.audience,
        format: spec.format,
        city: spec.city ?? null,
        address: spec.address ?? null,
        meetingLink: spec.meetingLink ?? null,
        meetings: Array.from({ length: 5 }, (_, week) => ({
          date: `${AMSTERDAM_DAY.format(now + (spec.firstInDays + 7 * week) * DAY)}T12:00:00.000Z`,
          start: spec.start,
          end: spec.end,
        })),
        capacity: spec.capacity,
        facilitators: FACILITATORS,
        signupOpen: true,
        published: true,
      },
    });
    const people = [
      ...Array.from({ length: spec.confirmed }, () => REGISTRATION_STATUS.confirmed),
      ...Array.from({ length: spec.waiting }, () => REGISTRATION_STATUS.waitingList),
    ];
    for (const [i, status] of people.entries()) await addRegistration(payload, group.id, spec.slug, i, status, now);
    created++;
  }
  return created;
}

async function addRegistration(payload: Payload, groupId: number | string, slug: string, i: number, status: RegistrationStatus, now: number) {
  if (status === REGISTRATION_STATUS.confirmed && !(await claimSeat(payload, groupId))) return;
  const bird = BIRDS[i % BIRDS.length] ?? 'Vogel';
  const at = new Date(now - (10 - i) * 60 * 60 * 1000).toISOString();
  await payload.create({
    collection: 'registrations',
    overrideAccess: true,
    context: CONTEXT,
    data: {
      // The generated type names the SQLite id type; on MongoDB the id is a string.
      group: groupId as number,
      name: `${bird} (voorbeeld)`,
      email: `${bird.toLowerCase()}.${slug}@example.org`,
      relation: RELATIONS[i % RELATIONS.length] ?? 'other',
      consentVersion: 'voorbeeld',
      status,
      statusChangedAt: at,
      ...(status === REGISTRATION_STATUS.confirmed ? { confirmedAt: at } : {}),
    },
  });
}
