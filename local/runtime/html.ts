// The local HtmlService: HtmlOutput read from <htmlDir>/<name>.html, and templates with <? ?>, <?= ?> (escaped) and <?!= ?> (raw) scriptlets.
import type { LocalHtmlOutputApi, LocalHtmlTemplateApi } from './api';
import fs from 'node:fs';
import path from 'node:path';
import type { CallCounter } from './counter';
import { GasException } from './exception';

export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });

/** What the HtmlService needs from the runtime: where the .html files are, and the script's globals for scriptlets. */
export interface HtmlContext {
  htmlDir: string;
  counter: CallCounter;
  scriptScope(): object;
}

/** An HtmlOutput. Calls count under "Html". UNVERIFIED: width and height before any setter; here 0. */
export class LocalHtmlOutput implements LocalHtmlOutputApi {
  private title = '';
  private width = 0;
  private height = 0;
  private xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  private sandboxMode: string = SandboxMode.IFRAME;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly counter: CallCounter,
    private content = '',
  ) {}

  private count(method: string): void {
    this.counter.count('Html', `HtmlOutput.${method}`);
  }

  getContent(): string {
    this.count('getContent');
    return this.content;
  }
  setContent(content: string): this {
    this.count('setContent');
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.count('append');
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.count('appendUntrusted');
    this.content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this.count('clear');
    this.content = '';
    return this;
  }
  getTitle(): string {
    this.count('getTitle');
    return this.title;
  }
  setTitle(title: string): this {
    this.count('setTitle');
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    this.count('getWidth');
    return this.width;
  }
  /** Only the initial dialog width: add-on sidebars stay 300 px whatever is set here. */
  setWidth(width: number): this {
    this.count('setWidth');
    this.width = width;
    return this;
  }
  getHeight(): number {
    this.count('getHeight');
    return this.height;
  }
  setHeight(height: number): this {
    this.count('setHeight');
    this.height = height;
    return this;
  }
  setXFrameOptionsMode(mode: string): this {
    this.count('setXFrameOptionsMode');
    this.xFrameOptionsMode = mode;
    return this;
  }
  setSandboxMode(mode: string): this {
    this.count('setSandboxMode');
    this.sandboxMode = mode;
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.count('addMetaTag');
    this.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): { getName(): string; getContent(): string }[] {
    this.count('getMetaTags');
    return this.metaTags.map((m) => ({ getName: () => m.name, getContent: () => m.content }));
  }

  /** Local only, uncounted: the state a recorder keeps when the output is shown. */
  _snapshot(): { title: string; content: string; width: number; height: number; xFrameOptionsMode: string; sandboxMode: string } {
    return {
      title: this.title,
      content: this.content,
      width: this.width,
      height: this.height,
      xFrameOptionsMode: this.xFrameOptionsMode,
      sandboxMode: this.sandboxMode,
    };
  }
}

/** HTML-escapes a printed value. UNVERIFIED: Apps Script escapes by context (attribute, <script>); here always as HTML text. */
export function escapeHtml(value: unknown): string {
  return printable(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** UNVERIFIED: what Apps Script prints for null/undefined; here nothing. */
const printable = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** Turns a template into the body of a function of (__escape, __raw) run inside `with (scope)`. */
export function compileTemplate(source: string): string {
  const lines = ['var __out = "";'];
  const pattern = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    if (m.index > last) lines.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    if (m[1] === '=') lines.push(`__out += __escape(${m[2]});`);
    else if (m[1] === '!=') lines.push(`__out += __raw(${m[2]});`);
    else lines.push(m[2]);
    last = m.index + m[0].length;
  }
  if (last < source.length) lines.push(`__out += ${JSON.stringify(source.slice(last))};`);
  lines.push('return __out;');
  return lines.join('\n');
}

/** An HtmlTemplate: properties set on it are in scope when evaluate() runs, as are the script's globals. */
export class LocalHtmlTemplate implements LocalHtmlTemplateApi {
  [property: string]: unknown;

  readonly #context: HtmlContext;
  readonly #source: string;

  constructor(context: HtmlContext, source: string) {
    this.#context = context;
    this.#source = source;
  }

  evaluate(): LocalHtmlOutput {
    this.#context.counter.count('Html', 'HtmlTemplate.evaluate');
    const scope = Object.create(this.#context.scriptScope()) as Record<string, unknown>;
    Object.assign(scope, this);
    const body = `with (__scope) {\n${compileTemplate(this.#source)}\n}`;
    let run: (scope: object, escapeText: typeof escapeHtml, raw: typeof printable) => string;
    try {
      run = new Function('__scope', '__escape', '__raw', body) as typeof run;
    } catch (error) {
      throw new GasException(`Template does not compile: ${(error as Error).message}`);
    }
    return new LocalHtmlOutput(this.#context.counter, run(scope, escapeHtml, printable));
  }

  getCode(): string {
    this.#context.counter.count('Html', 'HtmlTemplate.getCode');
    return compileTemplate(this.#source);
  }

  getRawContent(): string {
    this.#context.counter.count('Html', 'HtmlTemplate.getRawContent');
    return this.#source;
  }
}

/** Reads <htmlDir>/<name>.html (or <name> if it already ends in .html); a missing file throws as Apps Script does. */
function readHtmlFile(htmlDir: string, name: string): string {
  const file = path.join(htmlDir, /\.html$/i.test(name) ? name : `${name}.html`);
  if (!fs.existsSync(file)) throw new GasException(`No HTML file named ${name} was found.`);
  return fs.readFileSync(file, 'utf8');
}

/** The HtmlService global. */
export function createHtmlService(context: HtmlContext): Record<string, unknown> {
  const count = (method: string) => context.counter.count('Html', `HtmlService.${method}`);
  return {
    createHtmlOutput: (html = '') => {
      count('createHtmlOutput');
      return new LocalHtmlOutput(context.counter, String(html));
    },
    createHtmlOutputFromFile: (name: string) => {
      count('createHtmlOutputFromFile');
      return new LocalHtmlOutput(context.counter, readHtmlFile(context.htmlDir, name));
    },
    createTemplate: (html: string) => {
      count('createTemplate');
      return new LocalHtmlTemplate(context, String(html));
    },
    createTemplateFromFile: (name: string) => {
      count('createTemplateFromFile');
      return new LocalHtmlTemplate(context, readHtmlFile(context.htmlDir, name));
    },
    XFrameOptionsMode,
    SandboxMode,
  };
}
