import { runtimeConfig } from '../lib/runtimeConfig';

/** The public pages that act on an emailed token (each asks for a click on a button first). */
export const ACTION_PATHS = {
  confirm: '/lotgenotengroepen/bevestigen',
  cancel: '/lotgenotengroepen/afmelden',
  accept: '/lotgenotengroepen/plek-aannemen',
} as const;

export type GroupAction = keyof typeof ACTION_PATHS;

/** The absolute link for an email, e.g. https://…/lotgenotengroepen/afmelden?token=… */
export function actionUrl(action: GroupAction, token: string): string {
  const url = new URL(ACTION_PATHS[action], `${runtimeConfig().publicUrl}/`);
  url.searchParams.set('token', token);
  return url.href;
}

/** Where a coordinator opens one registration in the admin (used in the anonymous notice). */
export function adminRegistrationUrl(id: number | string): string {
  return `${runtimeConfig().publicUrl}/admin/collections/registrations/${encodeURIComponent(String(id))}`;
}
