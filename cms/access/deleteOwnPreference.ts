import type { PayloadHandler } from 'payload';

/**
 * `DELETE /api/payload-preferences/:key` for the signed-in staff member's own preference.
 * Replaces Payload's handler, whose delete query by relationship fails on SQLite (a 500 with
 * an SQL error in the log); the preference is found first and then deleted by id.
 */
export const deleteOwnPreference: PayloadHandler = async (req) => {
  const user = req.user;
  if (!user) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 });
  const key = String(req.routeParams?.key ?? '');
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    where: { and: [{ key: { equals: key } }, { 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  const own = docs[0];
  if (!own) return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 });
  await req.payload.delete({ collection: 'payload-preferences', id: own.id, overrideAccess: true, req });
  return Response.json({ message: req.t('general:deletedSuccessfully') }, { status: 200 });
};
