import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Deepest nesting of selections in one operation. */
export const MAX_GRAPHQL_DEPTH = 8;
/** Aliased fields in one document (160 aliases of one list query stalled the portal). */
export const MAX_GRAPHQL_ALIASES = 5;
/**
 * Documents one request may ask for, summed over every `limit` argument (a list without one
 * counts Payload's default of 10; `limit: 0` or `pagination: false` is unbounded). 100 course
 * modules with their blocks took ~60 ms to read and serialise on an idle 2-core machine, and
 * every alias adds a query of its own, so staff get half that, in at most 5 aliases.
 */
export const MAX_GRAPHQL_DOCUMENTS = 50;
/** Field selections in one document, fragments included once per use. */
export const MAX_GRAPHQL_FIELDS = 400;
/** Characters in one query text (the reported query had 12 KB). */
export const MAX_GRAPHQL_QUERY_CHARS = 8_000;
/** Payload's complexity estimate per request (its default is 1,000). */
export const MAX_GRAPHQL_COMPLEXITY = 300;

interface Totals {
  aliases: number;
  fields: number;
  depth: number;
  documents: number;
}

const PAYLOAD_DEFAULT_LIMIT = 10;

/**
 * How many documents one field asks for: its `limit` (a variable counts as the maximum),
 * Payload's default for a top-level list without one, unbounded for `limit: 0` or
 * `pagination: false`; 0 for fields that are not lists of documents.
 */
function documentsAskedFor(field: FieldNode, depth: number): number {
  const args = field.arguments ?? [];
  const pagination = args.find((a) => a.name.value === 'pagination')?.value;
  if (pagination?.kind === Kind.BOOLEAN && !pagination.value) return Number.POSITIVE_INFINITY;
  if (pagination?.kind === Kind.VARIABLE) return MAX_GRAPHQL_DOCUMENTS + 1;
  const limit = args.find((a) => a.name.value === 'limit')?.value;
  if (!limit) return depth === 1 && /^[A-Z]/.test(field.name.value) && field.name.value.endsWith('s') ? PAYLOAD_DEFAULT_LIMIT : 0;
  if (limit.kind !== Kind.INT) return MAX_GRAPHQL_DOCUMENTS + 1;
  const value = Number(limit.value);
  return value <= 0 ? Number.POSITIVE_INFINITY : value;
}

/** Measures one operation or fragment body, expanding fragment spreads (each once per path). */
function measure(set: SelectionSetNode, depth: number, seen: ReadonlySet<string>, fragments: ReadonlyMap<string, FragmentDefinitionNode>, totals: Totals): void {
  totals.depth = Math.max(totals.depth, depth);
  if (totals.depth > MAX_GRAPHQL_DEPTH || totals.fields > MAX_GRAPHQL_FIELDS) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      totals.fields += 1;
      if (selection.alias) totals.aliases += 1;
      totals.documents += documentsAskedFor(selection, depth);
      if (selection.selectionSet) measure(selection.selectionSet, depth + 1, seen, fragments, totals);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, depth, seen, fragments, totals);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) measure(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]), fragments, totals);
    }
  }
}

/**
 * What is wrong with the shape of a GraphQL document, or null: nesting depth, aliases, field
 * selections (fragment spreads expanded) and documents asked for, per operation. Linear in the
 * size of the document, so it can run before graphql-js's own validation (whose overlapping-
 * fields rule is quadratic in the number of aliases).
 */
export function graphqlShapeProblem(document: DocumentNode): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const totals: Totals = { aliases: 0, fields: 0, depth: 0, documents: 0 };
    measure(definition.selectionSet, 1, new Set(), fragments, totals);
    if (totals.depth > MAX_GRAPHQL_DEPTH) return `Query is too deep (at most ${MAX_GRAPHQL_DEPTH} levels).`;
    if (totals.aliases > MAX_GRAPHQL_ALIASES) return `Query has too many aliases (at most ${MAX_GRAPHQL_ALIASES}).`;
    if (totals.fields > MAX_GRAPHQL_FIELDS) return `Query selects too many fields (at most ${MAX_GRAPHQL_FIELDS}).`;
    if (totals.documents > MAX_GRAPHQL_DOCUMENTS) return `Query asks for too many documents (at most ${MAX_GRAPHQL_DOCUMENTS} in all).`;
  }
  return null;
}

/**
 * The same caps as a graphql-js validation rule (Payload runs it for every request), so a query
 * that reaches Payload some other way is held to them too.
 */
export const graphqlShapeLimit: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Document(node) {
    const problem = graphqlShapeProblem(node);
    if (problem) context.reportError(new GraphQLError(problem));
    return false;
  },
});
