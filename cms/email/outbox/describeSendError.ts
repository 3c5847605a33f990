const EMAIL_ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;

/**
 * A send error for the outbox record and the log: SMTP replies often quote the recipient
 * ("550 <name@example.org> unknown"), so addresses are removed and the text is capped.
 */
export function describeSendError(error: unknown): string {
  const err = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts = [err?.code, err?.responseCode, err?.message].filter((p) => p !== undefined && p !== null && p !== '');
  const text = parts.map(String).join(' ') || 'Onbekende fout';
  return text.replace(EMAIL_ADDRESS, '[adres]').replace(/\s+/g, ' ').slice(0, 300);
}
