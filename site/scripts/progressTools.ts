import { localCalendarDay } from '../lib/calendarDay';
import { downloadText } from '../lib/downloadText';
import { exportProgress, importErrorMessage, importProgress, progressFileName } from '../lib/progressFile';
import { progressStore } from '../lib/progressStore';

/**
 * <progress-tools>: export (optionally encrypted), import, erase everything, analytics opt-out.
 * Everything happens in the browser; a failed import changes nothing.
 */
class ProgressTools extends HTMLElement {
  connectedCallback(): void {
    const message = this.querySelector<HTMLElement>('[data-tools-message]');
    const say = (text: string) => {
      if (message) message.textContent = text;
    };
    const value = (id: string) => (this.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();

    this.querySelector('[data-export]')?.addEventListener('click', async () => {
      const text = await exportProgress(progressStore.getState(), value('export-pass') || undefined);
      downloadText(progressFileName(localCalendarDay(new Date())), text, 'application/json');
      say(value('export-pass') ? 'Het versleutelde bestand is opgeslagen.' : 'Het bestand is opgeslagen (niet versleuteld).');
    });

    this.querySelector('[data-import]')?.addEventListener('click', async () => {
      const file = this.querySelector<HTMLInputElement>('#import-file')?.files?.[0];
      if (!file) return say('Kies eerst een bestand.');
      if (file.size > 2_000_000) return say(importErrorMessage('too-large'));
      const result = await importProgress(await file.text(), value('import-pass') || undefined);
      if (!result.ok) return say(importErrorMessage(result.reason));
      say(progressStore.replaceState(result.state) ? 'Je voortgang is teruggezet.' : importErrorMessage('damaged'));
    });

    this.querySelector('[data-erase]')?.addEventListener('click', () => {
      if (!window.confirm('Weet je zeker dat je alles wilt wissen? Dit kun je niet ongedaan maken.')) return;
      const optedOut = progressStore.isAnalyticsOptedOut();
      progressStore.eraseAll();
      if (optedOut) progressStore.setAnalyticsOptOut(true);
      say('Alles is gewist van dit apparaat.');
    });

    const optOut = this.querySelector<HTMLInputElement>('[data-opt-out]');
    if (optOut) {
      optOut.checked = progressStore.isAnalyticsOptedOut();
      optOut.addEventListener('change', () => progressStore.setAnalyticsOptOut(optOut.checked));
    }
  }
}
if (!customElements.get('progress-tools')) customElements.define('progress-tools', ProgressTools);
