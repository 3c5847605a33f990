import { readAnswer, writeAnswer } from '../lib/answerBinding';
import { progressStore } from '../lib/progressStore';
import { trackModuleEvent } from './analytics';

/**
 * <course-module data-slug data-number>: restores saved answers into the exercises and saves
 * every change in this browser as the visitor types. Nothing is sent anywhere; only the
 * anonymous "module started/finished" counts go out, without any answer.
 */
class CourseModule extends HTMLElement {
  connectedCallback(): void {
    const slug = this.dataset.slug ?? '';
    const number = Number(this.dataset.number);
    const saved = this.querySelector<HTMLElement>('[data-saved-state]');
    const progress = progressStore.getModule(slug);

    for (const fieldset of this.querySelectorAll<HTMLElement>('[data-exercise]')) {
      const key = fieldset.dataset.exercise ?? '';
      const stored = progress?.answers[key];
      if (stored !== undefined) writeAnswer(fieldset, stored);
      const save = () => {
        const result = progressStore.setAnswer(slug, key, readAnswer(fieldset));
        if (result.firstAnswer) trackModuleEvent(number, 'moduleStart');
        if (saved) saved.textContent = result.saved ? (progressStore.isPersistent() ? 'Opgeslagen op dit apparaat.' : 'Bewaard tot je deze pagina sluit.') : 'Dit kon niet worden bewaard.';
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
      group.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        progressStore.setRating(slug, moment, statement, Number(input.value) as 1 | 2 | 3);
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
