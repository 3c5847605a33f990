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
        }
      }
      const counts = courseCounts(slugs, state);
      const summary = this.querySelector<HTMLElement>('[data-summary]');
      const bar = this.querySelector<HTMLProgressElement>('[data-bar]');
      if (bar) bar.value = counts.done;

      const target = continueTarget(slugs, state);
      const link = this.querySelector<HTMLAnchorElement>('[data-continue] a');
      const module = target.kind === 'allDone' ? undefined : modules.find((m) => m.slug === target.slug);
      let hint = '';
      if (target.kind === 'allDone') hint = ' Knap gedaan. Je plan staat klaar.';
      else if (target.kind === 'resume') hint = ' Hier was je gebleven:';
      else if (target.kind === 'next') hint = ' Ga verder met de volgende:';
      if (summary) summary.textContent = `${summaryText(counts, slugs.length)}${hint}`;
      if (!link) return;
      if (target.kind === 'allDone') {
        link.href = '/zelfhulp/mijn-plan';
        link.textContent = 'Bekijk je plan';
      } else if (module) {
        link.href = `/zelfhulp/${module.slug}`;
        const name = `module ${module.number}: ${module.title}`;
        link.textContent = target.kind === 'start' ? `Begin met ${name}` : `Verder met ${name}`;
      }
    };
    render();
    progressStore.subscribe(render);
  }
}
if (!customElements.get('course-overview')) customElements.define('course-overview', CourseOverview);
