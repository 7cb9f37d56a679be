// Counts every call the add-in makes into the local Apps Script services, and the cells each Spreadsheet call reads or writes, so tests and benchmarks can state an operation's cost.

/** Services whose calls are counted, as Apps Script names them. "Spreadsheet" covers SpreadsheetApp, Spreadsheet, Sheet, Range, RangeList and their builders. */
export type ServiceName = 'Spreadsheet' | 'Ui' | 'Html' | 'Lock' | 'Properties' | 'Cache' | 'Session' | 'Utilities' | 'Logger';

/** Cells moved by one Spreadsheet call, on one sheet. */
export interface CellTraffic {
  sheet: string;
  read: number;
  written: number;
}

/** One counted Spreadsheet call and the cells it moved (0 and 0 for calls that move none, such as getRange). */
export interface CallRecord extends CellTraffic {
  method: string;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private totals = new Map<ServiceName, number>();
  private readonly bySheet = new Map<string, { read: number; written: number }>();
  private records: CallRecord[] = [];
  /**
   * Called at every counted call, after it is counted and before it takes effect (every service counts first, then acts).
   * The runtime sets it to report calls per execution (LocalRuntime.onServiceCall); a concurrency test may run another
   * execution from inside it.
   */
  onCall?: (service: ServiceName, method: string) => void;
  /** Called when a counted Spreadsheet call has moved cells (the runtime adds them to the running execution). */
  onCells?: (traffic: CellTraffic) => void;

  /** Records one call, e.g. count('Spreadsheet', 'Range.getValues'). */
  count(service: ServiceName, method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.totals.set(service, (this.totals.get(service) ?? 0) + 1);
    if (service === 'Spreadsheet') this.records.push({ method, sheet: '', read: 0, written: 0 });
    this.onCall?.(service, method);
  }

  /** Adds the cells the last counted Spreadsheet call read or wrote, on the sheet named. */
  cells(traffic: CellTraffic): void {
    if (traffic.read === 0 && traffic.written === 0) return;
    const last = this.records[this.records.length - 1];
    if (last) Object.assign(last, { sheet: traffic.sheet, read: last.read + traffic.read, written: last.written + traffic.written });
    const sheet = this.bySheet.get(traffic.sheet) ?? { read: 0, written: 0 };
    sheet.read += traffic.read;
    sheet.written += traffic.written;
    this.bySheet.set(traffic.sheet, sheet);
    this.onCells?.(traffic);
  }

  /** Calls to one service (default: Spreadsheet, the cost that matters in Apps Script). */
  total(service: ServiceName = 'Spreadsheet'): number {
    return this.totals.get(service) ?? 0;
  }

  /** Calls by method name ("Range.getValues": 8, …), sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Cells read and written in all, since the last reset. */
  cellTotals(): { read: number; written: number } {
    let read = 0;
    let written = 0;
    for (const sheet of this.bySheet.values()) {
      read += sheet.read;
      written += sheet.written;
    }
    return { read, written };
  }

  /** Cells read and written per sheet name, only sheets with traffic, sorted by name. */
  cellsBySheet(): Record<string, { read: number; written: number }> {
    return Object.fromEntries([...this.bySheet.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, c]) => [name, { ...c }]));
  }

  /** Every Spreadsheet call since the last reset, in order, with the cells it moved. */
  calls(): CallRecord[] {
    return this.records.map((r) => ({ ...r }));
  }

  reset(): void {
    this.counts.clear();
    this.totals = new Map();
    this.bySheet.clear();
    this.records = [];
  }
}
