// DeveloperMetadata of the local runtime: key/value pairs attached to a sheet (Sheet.addDeveloperMetadata), kept in its model.
import type { LocalDeveloperMetadataApi } from './api';
import { countMethods } from './counted';
import type { CallCounter } from './counter';
import type { SheetModel } from './model';

/** One key/value pair on a sheet, as Apps Script's DeveloperMetadata; remove() takes it off the sheet. */
export class DeveloperMetadata implements LocalDeveloperMetadataApi {
  constructor(
    readonly counter: CallCounter,
    private readonly model: SheetModel,
    private readonly entry: { key: string; value: string },
  ) {}
  getKey(): string {
    return this.entry.key;
  }
  getValue(): string | null {
    return this.entry.value === '' ? null : this.entry.value;
  }
  setValue(value: string): this {
    this.entry.value = String(value);
    return this;
  }
  remove(): void {
    this.model.developerMetadata = this.model.developerMetadata.filter((entry) => entry !== this.entry);
  }
}
countMethods(DeveloperMetadata, 'DeveloperMetadata');
