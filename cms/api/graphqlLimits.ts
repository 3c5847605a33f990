import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/** Deepest nesting of selections in one operation. */
export const MAX_GRAPHQL_DEPTH = 8;
/** Aliased fields in one document (160 aliases of one list query stalled the portal). */
export const MAX_GRAPHQL_ALIASES = 15;
/** Field selections in one document, fragments included once per use. */
export const MAX_GRAPHQL_FIELDS = 400;
/** Payload's complexity estimate per request (its default is 1,000). */
export const MAX_GRAPHQL_COMPLEXITY = 300;

/**
 * Caps the shape of a GraphQL document before it runs: nesting depth, aliases and the number
 * of field selections (fragment spreads expanded). Together with Payload's complexity limit no
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
  const measure = (set: SelectionSetNode, depth: number, seen: Set<string>, totals: { aliases: number; fields: number; depth: number }) => {
    totals.depth = Math.max(totals.depth, depth);
    if (totals.depth > MAX_GRAPHQL_DEPTH || totals.fields > MAX_GRAPHQL_FIELDS) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        totals.fields += 1;
        if (selection.alias) totals.aliases += 1;
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
      const totals = { aliases: 0, fields: 0, depth: 0 };
      measure(node.selectionSet, 1, new Set(), totals);
      if (totals.depth > MAX_GRAPHQL_DEPTH) report(`Query is too deep (at most ${MAX_GRAPHQL_DEPTH} levels).`);
      else if (totals.aliases > MAX_GRAPHQL_ALIASES) report(`Query has too many aliases (at most ${MAX_GRAPHQL_ALIASES}).`);
      else if (totals.fields > MAX_GRAPHQL_FIELDS) report(`Query selects too many fields (at most ${MAX_GRAPHQL_FIELDS}).`);
    },
  };
};
