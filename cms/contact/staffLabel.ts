/** How a colleague appears next to an answer or note: their name, else their e-mail address. */
export function staffLabel(user: unknown): string | null {
  const { name, email } = (user ?? {}) as { name?: unknown; email?: unknown };
  const label = typeof name === 'string' && name.trim() ? name.trim() : typeof email === 'string' ? email : '';
  return label ? label.slice(0, 120) : null;
}
