import type { Payload } from 'payload';

export type DatabaseKind = 'sqlite' | 'mongodb';

/**
 * Which adapter stores the data, for the few updates that must be atomic in the database
 * itself (seats, status changes). Anything else goes through the Local API.
 *
 * @throws Error for an adapter this code has no atomic update for.
 */
export function databaseKind(payload: Payload): DatabaseKind {
  const { name, packageName } = payload.db as { name?: string; packageName?: string };
  if (name === 'sqlite' || packageName === '@payloadcms/db-sqlite') return 'sqlite';
  if (name === 'mongoose' || packageName === '@payloadcms/db-mongodb') return 'mongodb';
  throw new Error(`Support-group capacity has no atomic update for the "${name ?? packageName}" database adapter.`);
}

/** The SQLite table Payload generated for a collection (its slug in snake_case by default). */
export function sqliteTable(payload: Payload, slug: string): string {
  const map = (payload.db as { tableNameMap?: Map<string, string> }).tableNameMap;
  return map?.get(slug.replace(/-/g, '_')) ?? map?.get(slug) ?? slug.replace(/-/g, '_');
}

/** The SQLite adapter's drizzle instance: `run` resolves with the number of changed rows. */
export function sqliteDb(payload: Payload): { run(query: unknown): Promise<{ rowsAffected: number }> } {
  return (payload.db as unknown as { drizzle: { run(query: unknown): Promise<{ rowsAffected: number }> } }).drizzle;
}

/** The Mongoose model of a collection (Payload keeps one per slug). */
export function mongoModel(payload: Payload, slug: string): {
  updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>;
} {
  const collections = (payload.db as unknown as { collections: Record<string, unknown> }).collections;
  return collections[slug] as ReturnType<typeof mongoModel>;
}

/** SQLite stores ids as integers; Mongo as ObjectId strings, which Mongoose casts itself. */
export function sqliteId(id: number | string): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value)) throw new Error('Expected a numeric SQLite id.');
  return value;
}
