import type { PlanExercise } from '../../cms/siteData/types';
import { localCalendarDay } from '../lib/calendarDay';
import { compilePlan } from '../lib/compilePlan';
import { downloadText } from '../lib/downloadText';
import { progressStore } from '../lib/progressStore';

/** <my-plan>: fills each section from this browser's answers; print and download happen locally. */
class MyPlan extends HTMLElement {
  connectedCallback(): void {
    const exercises = JSON.parse(this.dataset.exercises ?? '[]') as PlanExercise[];
    const render = () => {
      const plan = compilePlan(exercises, progressStore.getState());
      for (const section of this.querySelectorAll<HTMLElement>('[data-section]')) {
        const lines = plan[section.dataset.section as keyof typeof plan] ?? [];
        const content = section.querySelector<HTMLElement>('[data-content]');
        const empty = section.querySelector<HTMLElement>('[data-empty]');
        if (content) {
          const list = document.createElement('ul');
          for (const line of lines) list.append(Object.assign(document.createElement('li'), { textContent: line }));
          content.replaceChildren(...(lines.length ? [list] : []));
        }
        if (empty) empty.hidden = lines.length > 0;
      }
    };
    render();
    progressStore.subscribe(render);
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-download]')?.addEventListener('click', () => {
      const plan = compilePlan(exercises, progressStore.getState());
      const parts = [...this.querySelectorAll<HTMLElement>('[data-section]')].map((section) => {
        const heading = section.querySelector('h2')?.textContent ?? '';
        const lines = plan[section.dataset.section as keyof typeof plan] ?? [];
        return `${heading}\n${lines.length ? lines.map((l) => `- ${l}`).join('\n') : '- (nog niets ingevuld)'}`;
      });
      downloadText(`mijn-plan-${localCalendarDay(new Date())}.txt`, `Mijn plan\n\n${parts.join('\n\n')}\n`, 'text/plain');
    });
  }
}
if (!customElements.get('my-plan')) customElements.define('my-plan', MyPlan);
