import type { TextFieldSingleValidation } from 'payload';
import { PAGE_PATH_PATTERN, isReservedPath } from '../../lib/reservedPaths';

/**
 * A page path must be well-formed, lower case, not owned by the server or a fixed site route,
 * and not used by another page.
 */
export const validatePagePath: TextFieldSingleValidation = async (value, { req, id }) => {
  if (typeof value !== 'string' || value.length === 0) return 'Vul een pad in, bijvoorbeeld /stop-kindermisbruik.';
  if (value.length > 100) return 'Het pad is te lang (maximaal 100 tekens).';
  if (value !== value.toLowerCase()) return 'Gebruik alleen kleine letters in het pad.';
  if (!value.startsWith('/')) return 'Het pad begint met een schuine streep, bijvoorbeeld /stop-kindermisbruik.';
  if (!PAGE_PATH_PATTERN.test(value)) {
    return 'Gebruik alleen kleine letters, cijfers en streepjes tussen schuine strepen (geen spaties, accenten of andere tekens).';
  }
  if (isReservedPath(value)) return `Het pad ${value} is al in gebruik door de site zelf. Kies een ander pad.`;
  const { docs } = await req.payload.find({
    collection: 'pages',
    where: { path: { equals: value }, ...(id != null ? { id: { not_equals: id } } : {}) },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  });
  if (docs.length) return `Het pad ${value} wordt al gebruikt door de pagina "${docs[0]?.title}".`;
  return true;
};
