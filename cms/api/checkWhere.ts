/** Operators that compare with one value; an array or object there became an SQL error (500). */
const SCALAR_OPERATORS = new Set(['equals', 'not_equals', 'contains', 'like', 'not_like', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']);
/** Operators that take a list (or a comma-separated string). */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all']);
/** Geo operators: no collection here has a point field, so they are never meaningful. */
const FIELD_PATH = /^\w+(?:\.\w+)*$/;
/** Conditions in one query: a page of the admin's filters uses a handful. */
export const MAX_WHERE_CONDITIONS = 50;
export const MAX_WHERE_DEPTH = 5;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * What is wrong with a parsed `where` query (Payload's shape: `{ field: { operator: value } }`
 * with `and`/`or` lists), or null. Catches what Payload passed on to the database driver as a
 * 500: a list where one value belongs, an object as a value, unknown operators, and queries
 * deep or wide enough to be expensive.
 */
export function whereProblem(where: unknown): string | null {
  let conditions = 0;
  const walk = (node: unknown, depth: number): string | null => {
    if (!isPlainObject(node)) return 'Een "where" moet uit velden met een vergelijking bestaan.';
    if (depth > MAX_WHERE_DEPTH) return `Een "where" mag hoogstens ${MAX_WHERE_DEPTH} lagen diep zijn.`;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        const list = isPlainObject(value) ? Object.values(value) : value;
        if (!Array.isArray(list)) return `"${key}" moet een lijst zijn.`;
        for (const item of list) {
          const problem = walk(item, depth + 1);
          if (problem) return problem;
        }
        continue;
      }
      if (!FIELD_PATH.test(key)) return `Onbekend veld "${key.slice(0, 40)}".`;
      if (!isPlainObject(value)) return `Het veld "${key}" heeft een vergelijking nodig, zoals equals.`;
      for (const [operator, operand] of Object.entries(value)) {
        conditions += 1;
        if (conditions > MAX_WHERE_CONDITIONS) return `Een "where" mag hoogstens ${MAX_WHERE_CONDITIONS} vergelijkingen hebben.`;
        if (SCALAR_OPERATORS.has(operator)) {
          if (!isScalar(operand)) return `"${operator}" vergelijkt met één waarde.`;
        } else if (LIST_OPERATORS.has(operator)) {
          const items = isPlainObject(operand) ? Object.values(operand) : Array.isArray(operand) ? operand : [operand];
          if (!items.every(isScalar)) return `"${operator}" vergelijkt met een lijst van waarden.`;
        } else {
          return `Onbekende vergelijking "${operator.slice(0, 40)}".`;
        }
      }
    }
    return null;
  };
  return walk(where, 0);
}
