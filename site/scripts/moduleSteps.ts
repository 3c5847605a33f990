import { isAnswered } from '../lib/isAnswered';
import { progressStore } from '../lib/progressStore';

const WIDE = '(min-width: 64rem)';

/**
 * <module-steps> inside <course-module data-slug>: the "In deze module" list. Open beside the
 * text on wide screens, one tap away on phones; exercises with an answer are marked
 * "ingevuld"; the part in view is marked as the current location.
 */
class ModuleSteps extends HTMLElement {
  connectedCallback(): void {
    const slug = this.closest<HTMLElement>('course-module')?.dataset.slug ?? '';
    const details = this.querySelector('details');
    const wide = window.matchMedia(WIDE);
    const openWhenWide = () => {
      if (details) details.open = wide.matches;
    };
    openWhenWide();
    wide.addEventListener('change', openWhenWide);

    const summary = this.querySelector<HTMLElement>('[data-steps-summary]');
    const exerciseSteps = [...this.querySelectorAll<HTMLElement>('li[data-exercise-step]')];
    const finishStep = this.querySelector<HTMLElement>('li[data-step="afronden"]');
    const render = () => {
      const answers = progressStore.getModule(slug)?.answers ?? {};
      let answered = 0;
      for (const step of exerciseSteps) {
        const done = isAnswered(answers[step.dataset.exerciseStep ?? '']);
        answered += done ? 1 : 0;
        step.dataset.state = done ? 'done' : '';
        const state = step.querySelector('[data-step-state]');
        if (state) state.textContent = done ? 'Ingevuld' : '';
      }
      const finished = progressStore.moduleStatus(slug) === 'done';
      if (finishStep) finishStep.dataset.state = finished ? 'done' : '';
      if (summary && exerciseSteps.length > 0) {
        summary.textContent = finished ? 'Afgerond' : `${answered} van ${exerciseSteps.length} ${exerciseSteps.length === 1 ? 'oefening' : 'oefeningen'} ingevuld`;
      }
    };
    render();
    progressStore.subscribe(render);
    this.#followScroll();
  }

  // Marks the part that crosses a band just above the middle of the screen.
  #followScroll(): void {
    if (!('IntersectionObserver' in window)) return;
    const links = new Map<Element, HTMLAnchorElement>();
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.step-list a[href^="#"]')) {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target) links.set(target, link);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          for (const link of links.values()) link.removeAttribute('aria-current');
          links.get(entry.target)?.setAttribute('aria-current', 'location');
        }
      },
      { rootMargin: '-35% 0px -60% 0px' },
    );
    for (const target of links.keys()) observer.observe(target);
  }
}
if (!customElements.get('module-steps')) customElements.define('module-steps', ModuleSteps);
