/**
 * <quick-exit data-target="https://…">: leaves the site at once with location.replace, so the
 * Back button does not bring this page back. Pressing Escape twice within a second does the same.
 */
class QuickExit extends HTMLElement {
  connectedCallback(): void {
    const target = this.dataset.target || 'https://www.buienradar.nl/';
    const leave = (event?: Event) => {
      event?.preventDefault();
      document.body.hidden = true;
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
customElements.define('quick-exit', QuickExit);
