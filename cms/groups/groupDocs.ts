import type { Payload } from 'payload';
import type { Group, Registration } from '../payload-types';
import { isWellFormedToken, hashToken } from '../lib/crypto/tokens';
import { idOf } from './serviceContext';

export type { Group, Registration };

/** A group by id as server code sees it (all fields), or null when it no longer exists. */
export async function loadGroup(payload: Payload, id: unknown): Promise<Group | null> {
  const groupId = idOf(id);
  if (groupId === null) return null;
  return payload.findByID({ collection: 'groups', id: groupId, depth: 0, overrideAccess: true }).catch(() => null);
}

const TOKEN_FIELDS = { confirm: 'confirmTokenHash', cancel: 'cancelTokenHash', offer: 'offerTokenHash' } as const;
export type TokenKind = keyof typeof TOKEN_FIELDS;

/**
 * The registration an emailed link belongs to, found by the token's hash; null for anything
 * that is not a well-formed token, so random input never reaches the database.
 */
export async function findRegistrationByToken(payload: Payload, kind: TokenKind, token: unknown): Promise<Registration | null> {
  if (!isWellFormedToken(token)) return null;
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { [TOKEN_FIELDS[kind]]: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  });
  return docs[0] ?? null;
}

/** Reads one registration again (after an atomic status change), with the hidden fields. */
export async function reloadRegistration(payload: Payload, id: number | string): Promise<Registration | null> {
  return payload
    .findByID({ collection: 'registrations', id, depth: 0, overrideAccess: true, showHiddenFields: true })
    .catch(() => null);
}
