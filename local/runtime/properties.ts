// The local PropertiesService: document, script and per-user stores of strings, with Apps Script's 9 KB per value and 500 KB per store limits.
import type { LocalPropertiesApi } from './api';
import type { CallCounter } from './counter';
import { GasException } from './exception';

export const PROPERTY_QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The raw data of one property store; tests may read it directly without counting calls. */
export class PropertyStore {
  readonly data = new Map<string, string>();

  /** Bytes used: keys plus values, UTF-8. */
  size(data: Map<string, string> = this.data): number {
    let total = 0;
    for (const [key, value] of data) total += bytes(key) + bytes(value);
    return total;
  }

  /**
   * Replaces the data with `next` if it fits. UNVERIFIED: the message for one value over 9 KB is disputed (mocks say
   * "Argument too large: value"); the local runtime uses the documented quota message for both limits.
   */
  commit(next: Map<string, string>): void {
    for (const value of next.values()) if (bytes(value) > MAX_PROPERTY_VALUE_BYTES) throw new GasException(PROPERTY_QUOTA_MESSAGE);
    if (this.size(next) > MAX_PROPERTY_STORE_BYTES) throw new GasException(PROPERTY_QUOTA_MESSAGE);
    this.data.clear();
    for (const [key, value] of next) this.data.set(key, value);
  }
}

/** "Data types that are not already strings are automatically converted to strings." */
const asString = (value: unknown) => String(value);

/** A Properties object as Apps Script returns it: every value a string, getProperties a copy, setters chaining. Calls count under "Properties". */
export class LocalProperties implements LocalPropertiesApi {
  constructor(
    private readonly store: PropertyStore,
    private readonly counter: CallCounter,
  ) {}

  private count(method: string): void {
    this.counter.count('Properties', `Properties.${method}`);
  }

  /** null for a missing key. */
  getProperty(key: string): string | null {
    this.count('getProperty');
    return this.store.data.get(asString(key)) ?? null;
  }

  /** A copy, not a live view. */
  getProperties(): Record<string, string> {
    this.count('getProperties');
    return Object.fromEntries(this.store.data);
  }

  getKeys(): string[] {
    this.count('getKeys');
    return [...this.store.data.keys()];
  }

  setProperty(key: string, value: unknown): this {
    this.count('setProperty');
    const next = new Map(this.store.data);
    next.set(asString(key), asString(value));
    this.store.commit(next);
    return this;
  }

  /** Sets all of `properties`; with deleteAllOthers, removes every other key. All or nothing when a limit is hit. */
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    this.count('setProperties');
    if (properties === null || typeof properties !== 'object') {
      throw new GasException(
        `The parameters (${properties === null ? 'null' : typeof properties}) don't match the method signature for PropertiesService.Properties.setProperties.`,
      );
    }
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store.data);
    for (const [key, value] of Object.entries(properties)) next.set(key, asString(value));
    this.store.commit(next);
    return this;
  }

  deleteProperty(key: string): this {
    this.count('deleteProperty');
    this.store.data.delete(asString(key));
    return this;
  }

  deleteAllProperties(): this {
    this.count('deleteAllProperties');
    this.store.data.clear();
    return this;
  }
}

/** Where the stores come from: the bound document's (null when unbound), the script's, and the effective user's. */
export interface PropertyStores {
  document(): PropertyStore | null;
  script(): PropertyStore;
  user(): PropertyStore;
}

/** The PropertiesService global. */
export function createPropertiesService(stores: PropertyStores, counter: CallCounter): Record<string, unknown> {
  const open = (method: string, store: PropertyStore | null) => {
    counter.count('Properties', `PropertiesService.${method}`);
    return store ? new LocalProperties(store, counter) : null;
  };
  return {
    /** null when the script is not bound to a document (and not an add-on). */
    getDocumentProperties: () => open('getDocumentProperties', stores.document()),
    getScriptProperties: () => open('getScriptProperties', stores.script()),
    getUserProperties: () => open('getUserProperties', stores.user()),
  };
}
