import { progressStore } from '../lib/progressStore';

const LABELS = { new: 'nog niet begonnen', busy: 'bezig', done: 'afgerond' } as const;

/** <course-overview>: marks each module with this browser's state and offers "continue". */
class CourseOverview extends HTMLElement {
  connectedCallback(): void {
    const render = () => {
      for (const item of this.querySelectorAll<HTMLElement>('li[data-slug]')) {
        const status = progressStore.moduleStatus(item.dataset.slug ?? '');
        const badge = item.querySelector<HTMLElement>('.status-badge');
        if (badge) {
          badge.dataset.status = status;
          badge.textContent = LABELS[status];
        }
      }
      const last = progressStore.getState().lastModule;
      const link = this.querySelector<HTMLElement>('[data-continue]');
      const target = last && this.querySelector(`li[data-slug="${CSS.escape(last)}"] a`);
      if (link && target) {
        link.hidden = false;
        const a = link.querySelector('a');
        if (a) {
          a.href = (target as HTMLAnchorElement).href;
          a.textContent = `Verder waar je gebleven was: ${target.textContent}`;
        }
      }
    };
    render();
    progressStore.subscribe(render);
  }
}
if (!customElements.get('course-overview')) customElements.define('course-overview', CourseOverview);
