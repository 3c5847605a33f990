/**
 * Checks what someone typed into a number field with a range (the urge strength, 1 to 10)
 * and says in plain Dutch what is wrong. Empty is fine: the field is optional. Pure.
 */
export function rangeProblem(raw: string, min: number, max: number): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const range = `Kies een heel getal van ${min} tot en met ${max}.`;
  if (!/^-?\d+$/.test(text)) return `Vul alleen een getal in. ${range}`;
  const value = Number(text);
  if (value < min) return `${text} is te laag. ${range}`;
  if (value > max) return `${text} is te hoog. ${range}`;
  return null;
}
