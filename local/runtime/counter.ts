// Counts every call the add-in makes into the local Apps Script services, so tests and benchmarks can state an operation's cost.

/** Services whose calls are counted, as Apps Script names them. "Spreadsheet" covers SpreadsheetApp, Spreadsheet, Sheet, Range and their builders. */
export type ServiceName = 'Spreadsheet' | 'Ui' | 'Html' | 'Lock' | 'Properties' | 'Cache' | 'Session' | 'Utilities' | 'Logger';

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private totals = new Map<ServiceName, number>();
  /**
   * Called at every counted call, after it is counted and before it takes effect (every service counts first, then acts).
   * The runtime sets it to report calls per execution (LocalRuntime.onServiceCall); a concurrency test may run another
   * execution from inside it.
   */
  onCall?: (service: ServiceName, method: string) => void;

  /** Records one call, e.g. count('Spreadsheet', 'Range.getValues'). */
  count(service: ServiceName, method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    this.totals.set(service, (this.totals.get(service) ?? 0) + 1);
    this.onCall?.(service, method);
  }

  /** Calls to one service (default: Spreadsheet, the cost that matters in Apps Script). */
  total(service: ServiceName = 'Spreadsheet'): number {
    return this.totals.get(service) ?? 0;
  }

  /** Calls by method name ("Range.getValues": 8, …), sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.totals = new Map();
  }
}
