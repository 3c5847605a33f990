/**
 * Maps an exercise's inputs to one JSON answer and back, using each input's `data-path`:
 * `text` (a field), `checked[]` (checkbox list), `rows.<key>` (radio per row),
 * `rows.<i>.<field>` (table cells). Fields with `data-min` and `data-max` hold a whole number
 * in that range; anything else typed there is left out of the answer, so an out-of-range
 * value is never saved. Pure DOM, no storage.
 */
import { rangeProblem } from './rangeProblem';

type Json = Record<string, unknown>;
type Field = HTMLInputElement | HTMLTextAreaElement;

/** What is wrong with a ranged number field's value (Dutch), or null when it may be saved. */
export function fieldProblem(input: Field): string | null {
  const { min, max } = input.dataset;
  if (min === undefined || max === undefined) return null;
  return rangeProblem(input.value, Number(min), Number(max));
}

function setPath(target: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Json = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = (node[part] as Json | undefined) ?? {};
    node = node[part] as Json;
  }
  node[parts[parts.length - 1] as string] = value;
}

function getPath(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), source);
}

/** Reads the exercise's current answer from its inputs. Empty fields are left out. */
export function readAnswer(root: HTMLElement): Json {
  const answer: Json = {};
  for (const input of root.querySelectorAll<Field>('[data-path]')) {
    const path = input.dataset.path ?? '';
    if (path.endsWith('[]')) {
      const name = path.slice(0, -2);
      const list = (answer[name] as string[] | undefined) ?? [];
      if ((input as HTMLInputElement).checked) list.push(input.value);
      answer[name] = list;
    } else if (input instanceof HTMLInputElement && input.type === 'radio') {
      if (input.checked) setPath(answer, path, input.value);
    } else if (input.value.trim() !== '' && fieldProblem(input) === null) {
      setPath(answer, path, input.dataset.min === undefined ? input.value : input.value.trim());
    }
  }
  return answer;
}

/** Puts a saved answer back into the inputs. Unknown parts of the answer are ignored (kept in storage). */
export function writeAnswer(root: HTMLElement, answer: unknown): void {
  for (const input of root.querySelectorAll<Field>('[data-path]')) {
    const path = input.dataset.path ?? '';
    if (path.endsWith('[]')) {
      const list = getPath(answer, path.slice(0, -2));
      (input as HTMLInputElement).checked = Array.isArray(list) && list.includes(input.value);
    } else if (input instanceof HTMLInputElement && input.type === 'radio') {
      input.checked = getPath(answer, path) === input.value;
    } else {
      const value = getPath(answer, path);
      if (typeof value === 'string' || typeof value === 'number') input.value = String(value);
    }
  }
}
