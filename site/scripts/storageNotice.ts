import { progressStore } from '../lib/progressStore';

/** <storage-notice>: says whether this browser keeps progress, once that is known. */
class StorageNotice extends HTMLElement {
  connectedCallback(): void {
    const persistent = progressStore.isPersistent();
    for (const el of this.querySelectorAll<HTMLElement>('[data-when="persistent"], [data-when="memory"]')) {
      el.hidden = el.dataset.when !== (persistent ? 'persistent' : 'memory');
    }
  }
}
if (!customElements.get('storage-notice')) customElements.define('storage-notice', StorageNotice);
