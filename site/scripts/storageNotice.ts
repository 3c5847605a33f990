import { progressStore } from '../lib/progressStore';

/** <storage-notice>: shows the warning variant when progress cannot be kept in this browser. */
class StorageNotice extends HTMLElement {
  connectedCallback(): void {
    const persistent = progressStore.isPersistent();
    for (const el of this.querySelectorAll<HTMLElement>('[data-when]')) {
      el.hidden = el.dataset.when !== (persistent ? 'persistent' : 'memory');
    }
  }
}
if (!customElements.get('storage-notice')) customElements.define('storage-notice', StorageNotice);
