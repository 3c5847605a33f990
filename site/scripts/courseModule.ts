import { fieldProblem, readAnswer, writeAnswer } from '../lib/answerBinding';
import { progressStore } from '../lib/progressStore';
import { trackModuleEvent } from './analytics';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Shows or clears the Dutch message of a ranged number field; true when the value may be saved. */
function showProblem(input: Field): boolean {
  const problem = fieldProblem(input);
  const message = input.id ? document.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(input.id)}"]`) : null;
  if (problem) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (message) {
    message.textContent = problem ?? '';
    message.hidden = !problem;
  }
  return !problem;
}

/** Says, right below where the person typed or chose, whether it was kept. */
function showSaved(indicator: HTMLElement, saved: boolean, valid: boolean): void {
  const text = !saved
    ? 'Dit kon niet worden bewaard.'
    : !valid
      ? 'De rest is bewaard. Dit getal bewaren we pas als het klopt.'
      : progressStore.isPersistent()
        ? 'Opgeslagen op dit apparaat.'
        : 'Bewaard tot je deze pagina sluit.';
  // Only a change of text is announced, so typing does not make a screen reader chatter.
  if (indicator.textContent !== text) indicator.textContent = text;
  indicator.dataset.state = saved && valid ? 'saved' : 'error';
}

/**
 * <course-module data-slug data-number>: restores saved answers into the exercises and saves
 * every change in this browser as the visitor types, saying so right below the exercise.
 * Nothing is sent anywhere; only the anonymous "module started/finished" counts go out,
 * without any answer.
 */
class CourseModule extends HTMLElement {
  connectedCallback(): void {
    const slug = this.dataset.slug ?? '';
    const number = Number(this.dataset.number);
    const progress = progressStore.getModule(slug);

    for (const fieldset of this.querySelectorAll<HTMLElement>('[data-exercise]')) {
      const key = fieldset.dataset.exercise ?? '';
      const stored = progress?.answers[key];
      const ranged = [...fieldset.querySelectorAll<Field>('[data-min][data-max]')];
      if (stored !== undefined) {
        writeAnswer(fieldset, stored);
        for (const input of ranged) showProblem(input);
      }
      const indicator = fieldset.querySelector<HTMLElement>('[data-save-state]');
      const save = (event: Event) => {
        const input = event.target as Field;
        const valid = ranged.includes(input) ? showProblem(input) : true;
        const result = progressStore.setAnswer(slug, key, readAnswer(fieldset));
        if (result.firstAnswer) trackModuleEvent(number, 'moduleStart');
        if (indicator) showSaved(indicator, result.saved, valid);
      };
      fieldset.addEventListener('input', save);
      fieldset.addEventListener('change', save);
    }

    for (const group of this.querySelectorAll<HTMLElement>('[data-rating][data-statement]')) {
      const moment = group.dataset.rating as 'before' | 'after';
      const statement = group.dataset.statement ?? '';
      const value = progress?.[moment]?.[statement];
      if (value) {
        const input = group.querySelector<HTMLInputElement>(`input[value="${value}"]`);
        if (input) input.checked = true;
      }
      const indicator = group.closest('[data-self-rating]')?.querySelector<HTMLElement>('[data-save-state]');
      group.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        const saved = progressStore.setRating(slug, moment, statement, Number(input.value) as 1 | 2 | 3);
        if (indicator) showSaved(indicator, saved, true);
      });
    }

    const finished = this.querySelector<HTMLElement>('[data-finished]');
    const showComparison = () => {
      if (!finished) return;
      finished.hidden = false;
      const table = finished.querySelector<HTMLElement>('[data-compare]');
      const labels = JSON.parse(table?.dataset.labels ?? '[]') as string[];
      const current = progressStore.getModule(slug);
      for (const row of table?.querySelectorAll<HTMLElement>('tr[data-statement]') ?? []) {
        for (const moment of ['before', 'after'] as const) {
          const cell = row.querySelector(`[data-when="${moment}"]`);
          const rating = current?.[moment]?.[row.dataset.statement ?? ''];
          if (cell) cell.textContent = rating ? (labels[rating - 1] ?? String(rating)) : 'niet ingevuld';
        }
      }
    };
    if (progressStore.moduleStatus(slug) === 'done') showComparison();
    this.querySelector('[data-finish]')?.addEventListener('click', () => {
      const wasDone = progressStore.moduleStatus(slug) === 'done';
      progressStore.finishModule(slug);
      if (!wasDone) trackModuleEvent(number, 'moduleFinish');
      showComparison();
      finished?.focus();
    });
  }
}
if (!customElements.get('course-module')) customElements.define('course-module', CourseModule);
