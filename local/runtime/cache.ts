// The local CacheService: document, script and per-user caches of strings that expire on the runtime's clock.
import type { LocalCacheApi } from './api';
import type { CallCounter } from './counter';
import { GasException } from './exception';
import type { RuntimeClock } from './utilities';

export const DEFAULT_CACHE_SECONDS = 600;
export const MAX_CACHE_SECONDS = 21600;
export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_KEY_LENGTH = 250;
/** "The cap for cached items is 1,000. If more than 1,000 items are written, the cache stores the 900 items farthest from expiration." */
export const MAX_CACHE_ITEMS = 1000;

/** The raw data of one cache: value and expiry instant (ms on the runtime clock). */
export class CacheStore {
  readonly entries = new Map<string, { value: string; expiresAt: number }>();
}

/** A Cache as CacheService returns it. Calls count under "Cache". */
export class LocalCache implements LocalCacheApi {
  constructor(
    private readonly store: CacheStore,
    private readonly clock: RuntimeClock,
    private readonly counter: CallCounter,
  ) {}

  private count(method: string): void {
    this.counter.count('Cache', `Cache.${method}`);
  }

  private read(key: string): string | null {
    const entry = this.store.entries.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.store.entries.delete(String(key));
      return null;
    }
    return entry.value;
  }

  /**
   * Limits from the Cache reference: keys up to 250 characters, values up to 100 KB, 1 to 21600 seconds.
   * UNVERIFIED: the exact messages, and whether Apps Script caps a longer expiry silently; the local runtime throws.
   */
  private write(key: string, value: unknown, seconds: number): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_CACHE_KEY_LENGTH) throw new GasException('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > MAX_CACHE_VALUE_BYTES) throw new GasException('Argument too large: value');
    if (typeof seconds !== 'number' || !(seconds >= 1) || seconds > MAX_CACHE_SECONDS) {
      throw new GasException(`Cache expiration must be 1…${MAX_CACHE_SECONDS} seconds, got ${String(seconds)}.`);
    }
    this.store.entries.set(k, { value: v, expiresAt: this.clock.now().getTime() + seconds * 1000 });
    if (this.store.entries.size > MAX_CACHE_ITEMS) {
      const kept = [...this.store.entries].sort(([, a], [, b]) => b.expiresAt - a.expiresAt).slice(0, 900);
      this.store.entries.clear();
      for (const [key2, entry] of kept) this.store.entries.set(key2, entry);
    }
  }

  /** The value, or null if missing or expired. */
  get(key: string): string | null {
    this.count('get');
    return this.read(key);
  }

  /** The found keys only. */
  getAll(keys: string[]): Record<string, string> {
    this.count('getAll');
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.read(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds: number = DEFAULT_CACHE_SECONDS): void {
    this.count('put');
    this.write(key, value, expirationInSeconds);
  }

  putAll(values: Record<string, string>, expirationInSeconds: number = DEFAULT_CACHE_SECONDS): void {
    this.count('putAll');
    for (const [key, value] of Object.entries(values)) this.write(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this.count('remove');
    this.store.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.count('removeAll');
    for (const key of keys) this.store.entries.delete(String(key));
  }
}

/** Where the caches come from: the bound document's (null when unbound), the script's, and the effective user's. */
export interface CacheStores {
  document(): CacheStore | null;
  script(): CacheStore;
  user(): CacheStore;
}

/** The CacheService global. */
export function createCacheService(stores: CacheStores, clock: RuntimeClock, counter: CallCounter): Record<string, unknown> {
  const open = (method: string, store: CacheStore | null) => {
    counter.count('Cache', `CacheService.${method}`);
    return store ? new LocalCache(store, clock, counter) : null;
  };
  return {
    /** null when the script is not bound to a document. */
    getDocumentCache: () => open('getDocumentCache', stores.document()),
    getScriptCache: () => open('getScriptCache', stores.script()),
    getUserCache: () => open('getUserCache', stores.user()),
  };
}
