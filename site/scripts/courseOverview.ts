import { continueTarget, courseCounts } from '../lib/continueTarget';
import { progressStore } from '../lib/progressStore';

const LABELS = { new: 'Nog niet begonnen', busy: 'Bezig', done: 'Afgerond' } as const;

type ModuleRef = { slug: string; number: number; title: string };

function summaryText(counts: { done: number; busy: number }, total: number): string {
  if (counts.done === 0 && counts.busy === 0) return `Je bent nog niet begonnen. Er zijn ${total} modules.`;
  const busy = counts.busy === 0 ? '' : ` Met ${counts.busy} ${counts.busy === 1 ? 'module ben' : 'modules ben'} je bezig.`;
  return `Je hebt ${counts.done} van de ${total} modules afgerond.${busy}`;
}

/**
 * <course-overview data-modules="[…]">: marks each module done / started / not started from
 * this browser's progress, shows the totals, and points "continue" at the module to do next
 * (lib/continueTarget.ts): back to an unfinished one, or on to the next after a finished one.
 */
class CourseOverview extends HTMLElement {
  connectedCallback(): void {
    const modules = JSON.parse(this.dataset.modules ?? '[]') as ModuleRef[];
    const slugs = modules.map((m) => m.slug);
    const render = () => {
      const state = progressStore.getState();
      for (const item of this.querySelectorAll<HTMLElement>('li[data-slug]')) {
        const status = progressStore.moduleStatus(item.dataset.slug ?? '');
        const tag = item.querySelector<HTMLElement>('[data-status]');
        if (tag) {
          tag.dataset.status = status;
          tag.textContent = LABELS[status];
          tag.hidden = false;
        }
      }
      const counts = courseCounts(slugs, state);
      const progress = this.querySelector<HTMLElement>('[data-progress]');
      const summary = this.querySelector<HTMLElement>('[data-summary]');
      const bar = this.querySelector<HTMLProgressElement>('[data-bar]');
      if (progress) progress.hidden = false;
      if (summary) summary.textContent = summaryText(counts, slugs.length);
      if (bar) bar.value = counts.done;

      const target = continueTarget(slugs, state);
      const link = this.querySelector<HTMLAnchorElement>('[data-continue] a');
      const hint = this.querySelector<HTMLElement>('[data-continue-hint]');
      if (!link || !hint) return;
      if (target.kind === 'allDone') {
        link.href = '/zelfhulp/mijn-plan';
        link.textContent = 'Bekijk je plan';
        hint.textContent = 'Je hebt alle modules afgerond. Knap gedaan.';
        hint.hidden = false;
        return;
      }
      const module = modules.find((m) => m.slug === target.slug);
      if (!module) return;
      link.href = `/zelfhulp/${module.slug}`;
      const name = `module ${module.number}: ${module.title}`;
      link.textContent = target.kind === 'start' ? `Begin met ${name}` : `Verder met ${name}`;
      const last = modules.find((m) => m.slug === state.lastModule);
      hint.textContent =
        target.kind === 'resume' ? 'Hier was je gebleven.' : target.kind === 'next' && last ? `Module ${last.number} heb je afgerond. Dit is de volgende.` : '';
      hint.hidden = hint.textContent === '';
    };
    render();
    progressStore.subscribe(render);
  }
}
if (!customElements.get('course-overview')) customElements.define('course-overview', CourseOverview);
