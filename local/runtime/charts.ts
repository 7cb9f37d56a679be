// Embedded charts for the local runtime: sheet.newChart() builders and the charts they build, recorded but never drawn.
import type { Range } from './range';
import type { LocalEmbeddedChartApi, LocalEmbeddedChartBuilderApi } from './api';
import { countMethods } from './counted';
import type { CallCounter } from './counter';

interface ChartState {
  chartId: number | null;
  type: string | null;
  ranges: Range[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number | null;
}

function copyState(state: ChartState): ChartState {
  return { ...state, ranges: [...state.ranges], options: { ...state.options }, position: { ...state.position } };
}

/** A chart as insertChart stores it: type, ranges, options (title included) and its anchor cell. */
export class EmbeddedChart implements LocalEmbeddedChartApi {
  constructor(
    readonly counter: CallCounter,
    private readonly state: ChartState,
  ) {}
  getChartId(): number | null {
    return this.state.chartId;
  }
  getId(): string {
    return `chart-${this.state.chartId ?? 'new'}`;
  }
  getRanges(): Range[] {
    return [...this.state.ranges];
  }
  getOptions(): { get(key: string): unknown } {
    const options = { ...this.state.options };
    return { get: (key: string) => options[key] ?? null };
  }
  getNumHeaders(): number {
    return this.state.numHeaders ?? -1;
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const p = { ...this.state.position };
    return { getAnchorRow: () => p.row, getAnchorColumn: () => p.column, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY };
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.counter, copyState(this.state));
  }
  /** Raw record for tests and the runtime (not counted): type is 'PIE', 'COLUMN', 'BAR', … or null. */
  _record(): Readonly<ChartState> {
    return this.state;
  }
  /** Gives the chart its id when inserted into a sheet (not counted). */
  _withId(chartId: number): EmbeddedChart {
    return new EmbeddedChart(this.counter, { ...copyState(this.state), chartId });
  }
}

/** The generic builder of sheet.newChart(): no setTitle until cast with asPieChart(), asColumnChart(), … */
export class EmbeddedChartBuilder implements LocalEmbeddedChartBuilderApi {
  constructor(
    readonly counter: CallCounter,
    protected state: ChartState = {
      chartId: null,
      type: null,
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: null,
    },
  ) {}
  addRange(range: Range): this {
    this.state.ranges.push(range);
    return this;
  }
  removeRange(range: Range): this {
    this.state.ranges = this.state.ranges.filter((r) => r !== range);
    return this;
  }
  clearRanges(): this {
    this.state.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return [...this.state.ranges];
  }
  setChartType(type: string): this {
    this.state.type = String(type);
    return this;
  }
  getChartType(): string | null {
    return this.state.type;
  }
  setOption(option: string, value: unknown): this {
    this.state.options[option] = value;
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.state.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    this.state.numHeaders = headers;
    return this;
  }
  asAreaChart(): TypedChartBuilder {
    return this._as('AREA');
  }
  asBarChart(): TypedChartBuilder {
    return this._as('BAR');
  }
  asColumnChart(): TypedChartBuilder {
    return this._as('COLUMN');
  }
  asComboChart(): TypedChartBuilder {
    return this._as('COMBO');
  }
  asHistogramChart(): TypedChartBuilder {
    return this._as('HISTOGRAM');
  }
  asLineChart(): TypedChartBuilder {
    return this._as('LINE');
  }
  asPieChart(): TypedChartBuilder {
    return this._as('PIE');
  }
  asScatterChart(): TypedChartBuilder {
    return this._as('SCATTER');
  }
  asTableChart(): TypedChartBuilder {
    return this._as('TABLE');
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.counter, copyState(this.state));
  }
  protected _as(type: string): TypedChartBuilder {
    return new TypedChartBuilder(this.counter, { ...copyState(this.state), type });
  }
}

/** The builder after asPieChart(), asColumnChart(), …: adds the title and axis setters (stored as options). */
export class TypedChartBuilder extends EmbeddedChartBuilder {
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', position);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', [...colors]);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  set3D(): this {
    return this.setOption('is3D', true);
  }
  setDimensions(width: number, height: number): this {
    return this.setOption('width', width).setOption('height', height);
  }
}

countMethods(EmbeddedChart, 'EmbeddedChart');
countMethods(EmbeddedChartBuilder, 'EmbeddedChartBuilder');
countMethods(TypedChartBuilder, 'EmbeddedChartBuilder');
