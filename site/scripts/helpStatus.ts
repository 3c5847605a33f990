import { channelStatus, type HelplineHours, statusText } from '../lib/helplineStatus';

/**
 * <help-status data-hours="{…}">: fills in "open now / opens at" per channel, computed in the
 * browser in Europe/Amsterdam time, and refreshes every minute.
 */
class HelpStatus extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    let hours: HelplineHours;
    try {
      hours = JSON.parse(this.dataset.hours ?? '') as HelplineHours;
    } catch {
      return;
    }
    const render = () => {
      const now = new Date();
      let anyOpen = false;
      for (const el of this.querySelectorAll<HTMLElement>('.help-now[data-channel]')) {
        const status = channelStatus(hours, el.dataset.channel as 'phone' | 'chat', now);
        anyOpen ||= status.open;
        el.textContent = statusText(status, now);
        el.classList.toggle('is-open', status.open);
      }
      const note = this.querySelector<HTMLElement>('.help-closed-note');
      if (note) note.hidden = anyOpen;
    };
    render();
    this.#timer = window.setInterval(render, 60_000);
  }

  disconnectedCallback(): void {
    window.clearInterval(this.#timer);
  }
}
if (!customElements.get('help-status')) customElements.define('help-status', HelpStatus);
