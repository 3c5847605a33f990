import type { Access, Endpoint, SanitizedConfig } from 'payload';
import { lockFollowsDocument, lockHeldByRequester, lockOnEditableDocument } from './lockFollowsDocument';
import { deleteOwnPreference } from './deleteOwnPreference';

/**
 * Access rules for the collections Payload adds itself, which a project cannot configure
 * before they exist (they are created while the config is sanitized):
 * - `payload-locked-documents`: a lock follows the access of the document it locks, and is
 *   always held in the requester's own name;
 * - `payload-preferences`: deleting one's own preference works (Payload's own handler fails
 *   with an SQL error on SQLite);
 * - versions of any collection or global without explicit `readVersions` are readable only by
 *   those who may update it (Payload's default is every logged-in user).
 */
export async function withInternalAccess(configPromise: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const config = await configPromise;
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      collection.access = { ...collection.access, read: lockFollowsDocument, update: lockFollowsDocument, delete: lockFollowsDocument, create: lockOnEditableDocument };
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), lockHeldByRequester];
    }
    if (collection.slug === 'payload-preferences' && Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map((endpoint: Endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key' ? { ...endpoint, handler: deleteOwnPreference } : endpoint,
      );
    }
  }
  for (const entity of [...config.collections, ...config.globals]) {
    if (entity.versions && entity.access && !explicitlySet(entity.access.readVersions)) {
      entity.access.readVersions = entity.access.update as Access;
    }
  }
  return config;
}

/** Payload fills in defaults for every operation; its default functions are named so. */
function explicitlySet(access: unknown): boolean {
  return typeof access === 'function' && access.name !== 'defaultAccess';
}
