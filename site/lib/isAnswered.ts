/**
 * Whether a saved exercise answer holds anything the visitor filled in: a non-blank text, a
 * ticked choice, a diary cell. Used to mark exercises "ingevuld" in the module's step list. Pure.
 */
export function isAnswered(answer: unknown): boolean {
  if (typeof answer === 'string') return answer.trim() !== '';
  if (typeof answer === 'number' || typeof answer === 'boolean') return true;
  if (Array.isArray(answer)) return answer.some(isAnswered);
  if (answer && typeof answer === 'object') return Object.values(answer).some(isAnswered);
  return false;
}
