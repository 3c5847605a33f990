import type { StorageLike } from '../../site/lib/browserStorage';

/**
 * Web Storage in a Map, with a character quota and an optional error thrown by every access.
 * Shared by the storage specs (not a spec itself).
 */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failure: DOMException | null = null;

  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}

  get length(): number {
    this.#check();
    return this.items.size;
  }

  key(index: number): string | null {
    this.#check();
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.#check();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#check();
    let used = key.length + value.length;
    for (const [other, text] of this.items) if (other !== key) used += other.length + text.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.#check();
    this.items.delete(key);
  }

  #check(): void {
    if (this.failure) throw this.failure;
  }
}
