import { type ChannelHours, channelStatus, statusText } from '../lib/helplineStatus';

/**
 * <help-status data-hours='{"phone": {…}, "chat": {…}}'>: per channel, says whether it is open
 * now or when it opens next ("Gesloten — weer open maandag om 09:00"), computed in the browser
 * in Europe/Amsterdam time, and offers the link only while the channel is open. When phone and
 * chat are both closed it shows the closed note. Refreshes every minute.
 */
class HelpStatus extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    let hours: Record<string, ChannelHours>;
    try {
      hours = JSON.parse(this.dataset.hours ?? '') as Record<string, ChannelHours>;
    } catch {
      return;
    }
    const render = () => {
      const now = new Date();
      let anyOpen = false;
      for (const item of this.querySelectorAll<HTMLElement>('[data-channel]')) {
        const channelHours = hours[item.dataset.channel ?? ''];
        if (!channelHours) continue;
        const status = channelStatus(channelHours, now);
        anyOpen ||= status.open;
        const link = item.querySelector<HTMLElement>('[data-live-link]');
        const off = item.querySelector<HTMLElement>('.help-link-off');
        if (link) link.hidden = !status.open;
        if (off) off.hidden = status.open;
        const text = item.querySelector<HTMLElement>('[data-status]');
        const words = statusText(status, now);
        // Only on change: a screen reader must not hear the same status again every minute.
        if (text && text.textContent !== words) {
          text.textContent = words;
          text.classList.toggle('is-open', status.open);
        }
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
