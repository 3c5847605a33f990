import type { PlanExercise } from '../../cms/siteData/types';
import { localCalendarDay } from '../lib/calendarDay';
import { compilePlan } from '../lib/compilePlan';
import { downloadText } from '../lib/downloadText';
import { progressStore } from '../lib/progressStore';

/** One section as plain text: its heading, then its lines (or the section's own plain text). */
function sectionText(section: HTMLElement, lines?: string[]): string {
  const heading = section.querySelector('h2')?.textContent?.trim() ?? '';
  if (!lines) {
    const items = [...section.querySelectorAll('li, p')].map((el) => `- ${el.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`);
    return `${heading}\n${items.join('\n')}`;
  }
  return `${heading}\n${lines.length ? lines.map((l) => `- ${l}`).join('\n') : '- (nog niets ingevuld)'}`;
}

/**
 * <my-plan>: fills each section from this browser's answers; print and download happen locally.
 * The download holds the same as the printed plan, including the help numbers from the page.
 */
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
    // Print and download need this script; without it the buttons stay hidden (the browser's own print still works).
    const actions = this.querySelector<HTMLElement>('[data-actions]');
    if (actions) actions.hidden = false;
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    this.querySelector('[data-download]')?.addEventListener('click', () => {
      const plan = compilePlan(exercises, progressStore.getState());
      const parts = [...this.querySelectorAll<HTMLElement>('[data-section]')].map((section) =>
        sectionText(section, plan[section.dataset.section as keyof typeof plan] ?? []),
      );
      const help = this.querySelector<HTMLElement>('[data-help]');
      if (help) parts.push(sectionText(help));
      const today = localCalendarDay(new Date());
      downloadText(`mijn-plan-${today}.txt`, `Mijn plan (${today})\n\n${parts.join('\n\n')}\n`, 'text/plain');
    });
  }
}
if (!customElements.get('my-plan')) customElements.define('my-plan', MyPlan);
