import type { Client } from '@libsql/client';
import type { Payload } from 'payload';

export type DatabaseKind = 'sqlite' | 'mongodb';

/**
 * Which adapter stores the data, for the few operations that must be atomic in the database
 * itself (seats, leases, claims, counters, cache events). Everything else goes through the
 * Local API. Each such operation has both halves written: SQLite and MongoDB.
 *
 * @throws Error for an adapter this code has no atomic operations for.
 */
export function databaseKind(payload: Payload): DatabaseKind {
  const { name, packageName } = payload.db as { name?: string; packageName?: string };
  if (name === 'sqlite' || packageName === '@payloadcms/db-sqlite') return 'sqlite';
  if (name === 'mongoose' || packageName === '@payloadcms/db-mongodb') return 'mongodb';
  throw new Error(`No atomic database operations for the "${name ?? packageName}" database adapter.`);
}

/** The SQLite table Payload generated for a collection (its slug in snake_case by default). */
export function sqliteTable(payload: Payload, slug: string): string {
  const map = (payload.db as { tableNameMap?: Map<string, string> }).tableNameMap;
  return map?.get(slug.replace(/-/g, '_')) ?? map?.get(slug) ?? slug.replace(/-/g, '_');
}

/**
 * The SQLite adapter's libsql client: the connection Payload itself uses, with WAL and the busy
 * timeout set. Never call its `transaction()`: that hands the connection to the transaction and
 * opens a new one without the busy timeout. `batch(statements, 'write')` is a transaction
 * (BEGIN IMMEDIATE … COMMIT) on the same connection.
 */
export function sqliteClient(payload: Payload): Client {
  return (payload.db as unknown as { client: Client }).client;
}

/** The subset of a Mongoose model the atomic operations use. */
export interface MongoModel {
  updateOne(filter: object, update: object, options?: object): Promise<{ modifiedCount: number; matchedCount?: number; upsertedCount?: number }>;
  updateMany(filter: object, update: object, options?: object): Promise<{ modifiedCount: number }>;
  findOneAndUpdate(filter: object, update: object | object[], options?: object): { lean(): Promise<Record<string, unknown> | null> };
  find(filter: object, projection?: object | null, options?: object): { lean(): Promise<Record<string, unknown>[]> };
  deleteMany(filter: object): Promise<{ deletedCount?: number }>;
  insertMany(docs: object[]): Promise<unknown>;
  create(doc: object): Promise<unknown>;
  aggregate(pipeline: object[]): Promise<Record<string, unknown>[]>;
  /** The driver's collection, for change streams. */
  collection: { watch(pipeline?: object[], options?: object): MongoChangeStream };
}

export interface MongoChangeStream {
  on(event: 'change', listener: (change: { fullDocument?: Record<string, unknown> }) => void): unknown;
  on(event: 'error' | 'close', listener: (error?: unknown) => void): unknown;
  close(): Promise<void>;
}

/** The Mongoose model of a collection (Payload keeps one per slug). */
export function mongoModel(payload: Payload, slug: string): MongoModel {
  const collections = (payload.db as unknown as { collections: Record<string, MongoModel | undefined> }).collections;
  const model = collections[slug];
  if (!model) throw new Error(`The ${slug} collection has no MongoDB model.`);
  return model;
}

/** True for MongoDB's duplicate-key error (a unique index refused an insert or upsert). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 11000;
}

/** SQLite stores Payload ids as integers; MongoDB as ObjectId strings, which Mongoose casts itself. */
export function sqliteId(id: number | string): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value)) throw new Error('Expected a numeric SQLite id.');
  return value;
}
