/**
 * <quick-exit data-target="https://…">: leaves the site at once. `location.replace` swaps this
 * page's history entry for the neutral site, so Back does not bring it back (earlier pages of
 * the visit stay in the history: /privacy says so). The page is blanked first, so nothing stays
 * visible while the other site loads. Escape pressed twice within a second does the same, for
 * keyboards; on a phone the button is always on screen.
 */
class QuickExit extends HTMLElement {
  connectedCallback(): void {
    const target = this.dataset.target || 'https://www.buienradar.nl/';
    const leave = (event?: Event) => {
      event?.preventDefault();
      document.body.hidden = true;
      document.title = '';
      window.location.replace(target);
    };
    this.querySelector('a')?.addEventListener('click', leave);
    let lastEscape = 0;
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      if (now - lastEscape < 1000) leave(event);
      lastEscape = now;
    });
  }
}
if (!customElements.get('quick-exit')) customElements.define('quick-exit', QuickExit);
