import { type ASTVisitor, type FieldNode, GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/** Deepest nesting of selections in one operation. */
export const MAX_GRAPHQL_DEPTH = 8;
/** Aliased fields in one document (160 aliases of one list query stalled the portal). */
export const MAX_GRAPHQL_ALIASES = 10;
/**
 * Documents one request may ask for, summed over every `limit` argument (a list without one
 * counts Payload's default of 10; `limit: 0` or `pagination: false` is unbounded). About 100
 * documents with their blocks take ~100 ms to read and serialise here.
 */
export const MAX_GRAPHQL_DOCUMENTS = 100;
/** Field selections in one document, fragments included once per use. */
export const MAX_GRAPHQL_FIELDS = 400;
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

/**
 * Caps the shape of a GraphQL document before it runs: nesting depth, aliases, the number of
 * field selections (fragment spreads expanded) and the documents asked for in all. Together with Payload's complexity limit no
 * single request can ask for more than a bounded amount of work.
 */
export const graphqlShapeLimit: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map(context.getDocument().definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  let reported = false;
  const report = (message: string) => {
    if (reported) return;
    reported = true;
    context.reportError(new GraphQLError(message));
  };
  // Walks a selection set, expanding fragments (each at most once per path, so cycles end).
  const measure = (set: SelectionSetNode, depth: number, seen: Set<string>, totals: Totals) => {
    totals.depth = Math.max(totals.depth, depth);
    if (totals.depth > MAX_GRAPHQL_DEPTH || totals.fields > MAX_GRAPHQL_FIELDS) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        totals.fields += 1;
        if (selection.alias) totals.aliases += 1;
        totals.documents += documentsAskedFor(selection, depth);
        if (selection.selectionSet) measure(selection.selectionSet, depth + 1, seen, totals);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        measure(selection.selectionSet, depth, seen, totals);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) measure(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]), totals);
      }
    }
  };
  return {
    OperationDefinition(node) {
      const totals: Totals = { aliases: 0, fields: 0, depth: 0, documents: 0 };
      measure(node.selectionSet, 1, new Set(), totals);
      if (totals.depth > MAX_GRAPHQL_DEPTH) report(`Query is too deep (at most ${MAX_GRAPHQL_DEPTH} levels).`);
      else if (totals.aliases > MAX_GRAPHQL_ALIASES) report(`Query has too many aliases (at most ${MAX_GRAPHQL_ALIASES}).`);
      else if (totals.fields > MAX_GRAPHQL_FIELDS) report(`Query selects too many fields (at most ${MAX_GRAPHQL_FIELDS}).`);
      else if (totals.documents > MAX_GRAPHQL_DOCUMENTS) report(`Query asks for too many documents (at most ${MAX_GRAPHQL_DOCUMENTS} in all).`);
    },
  };
};
