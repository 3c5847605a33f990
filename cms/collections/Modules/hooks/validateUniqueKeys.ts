import { ValidationError, type CollectionBeforeValidateHook } from 'payload';

type Keyed = { key?: unknown; [k: string]: unknown };

function collectKeys(block: Keyed, into: string[]): void {
  if (typeof block.key === 'string') into.push(block.key);
  for (const list of ['statements', 'items', 'rows', 'options', 'techniques', 'columns']) {
    const rows = block[list];
    if (!Array.isArray(rows)) continue;
    // Row keys need only be unique within their own list.
    const own: string[] = [];
    for (const row of rows as Keyed[]) if (typeof row?.key === 'string') own.push(row.key);
    const duplicate = own.find((key, i) => own.indexOf(key) !== i);
    if (duplicate) into.push(`${String(block.key)}/${duplicate}`, `${String(block.key)}/${duplicate}`);
  }
}

/** Exercise keys must be unique within a module, or two exercises would share saved answers. */
export const validateUniqueKeys: CollectionBeforeValidateHook = ({ data }) => {
  const layout = (data?.layout ?? []) as Keyed[];
  const keys: string[] = [];
  for (const block of layout) collectKeys(block, keys);
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
  if (duplicate) {
    throw new ValidationError({
      errors: [{ path: 'layout', message: `De sleutel "${duplicate}" komt twee keer voor. Elke oefening en elke regel heeft een eigen sleutel nodig.` }],
    });
  }
  return data;
};
