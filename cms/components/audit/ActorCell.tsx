import type { DefaultServerCellComponentProps, Payload } from 'payload';
import { cache } from 'react';

/** One look-up per account per page, however many rows name it. */
const accountLabel = cache(async (payload: Payload, id: string): Promise<string> => {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true });
  if (!user) return `Account ${id} (verwijderd)`;
  return user.name ? `${user.name} (${user.email})` : user.email;
});

/**
 * Audit log list: the staff member by e-mail address and name. The entry itself stores only
 * the account number; the name is looked up when an administrator views the list.
 */
export async function ActorCell({ cellData, payload }: DefaultServerCellComponentProps) {
  if (cellData == null || cellData === '') return <span>—</span>;
  return <span>{await accountLabel(payload, String(cellData))}</span>;
}
