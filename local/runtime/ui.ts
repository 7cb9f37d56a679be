// The local Ui: menus recorded on addToUi, alerts and prompts answered from a scripted queue, sidebars, dialogs and toasts recorded for tests.
import type { LocalMenuApi, LocalUiApi } from './api';
import type { CallCounter } from './counter';
import { GasException, gasTypeName } from './exception';
import { LocalHtmlOutput } from './html';

export const ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });
export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export type ButtonSetName = keyof typeof ButtonSet;
export type ButtonName = keyof typeof Button;

const BUTTONS: Record<ButtonSetName, ButtonName[]> = { OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'] };

export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };
/** A menu as it stands in the spreadsheet's menu bar after addToUi. Add-on menus sit under Extensions, captioned with the add-on's name. */
export interface RecordedMenu {
  caption: string;
  addon: boolean;
  entries: MenuEntry[];
}
/** A scripted answer to the next alert or prompt. */
export interface ScriptedAnswer {
  button?: ButtonName;
  text?: string;
}
export interface RecordedDialog {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: Required<ScriptedAnswer>;
}
export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number;
  height: number;
}
export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

/** Everything the add-in showed the officer, and the answers a test scripted for it. */
export class UiRecorder {
  private readonly menuBar = new Map<string, RecordedMenu>();
  readonly dialogs: RecordedDialog[] = [];
  readonly shown: ShownHtml[] = [];
  readonly toasts: RecordedToast[] = [];
  private readonly answers: ScriptedAnswer[] = [];
  /** False models a run without a UI (time-driven trigger, standalone): getUi() throws. */
  available = true;
  /** Called when alert/prompt suspends the script ("LockService locks don't persist across the suspension"). */
  onSuspend: () => void = () => {};

  constructor(
    readonly counter: CallCounter,
    readonly addonName = 'Công đoàn',
  ) {}

  /** Menus in the order they were first added; a later addToUi with the same caption replaced its namesake. */
  get menus(): RecordedMenu[] {
    return [...this.menuBar.values()];
  }

  /** The add-on menu (Extensions → add-on name), or undefined. */
  addonMenu(): RecordedMenu | undefined {
    return this.menus.find((m) => m.addon);
  }

  /** Queues answers for the next alerts/prompts, in order. Unanswered dialogs get the first button of their set and empty text. */
  answer(...answers: ScriptedAnswer[]): void {
    this.answers.push(...answers);
  }

  /** Answers still queued (a test can assert they were all consumed). */
  get pendingAnswers(): number {
    return this.answers.length;
  }

  recordToast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ message: String(message), title: title === undefined || title === null ? '' : String(title), timeoutSeconds: timeoutSeconds ?? null });
  }

  /** What SpreadsheetApp.getUi() returns; throws Apps Script's message when there is no UI context. */
  getUi(): LocalUi {
    if (!this.available) throw new GasException(NO_UI_MESSAGE);
    return new LocalUi(this);
  }

  _addMenu(menu: RecordedMenu): void {
    const key = `${menu.addon ? 'addon' : 'menu'}:${menu.caption}`;
    this.menuBar.delete(key);
    this.menuBar.set(key, menu);
  }

  _ask(kind: RecordedDialog['kind'], title: string, prompt: string, buttons: ButtonSetName): Required<ScriptedAnswer> {
    const scripted = this.answers.shift() ?? {};
    const allowed = [...BUTTONS[buttons], 'CLOSE'];
    const button = scripted.button ?? BUTTONS[buttons][0];
    if (!allowed.includes(button)) throw new Error(`Scripted answer ${button} is not a button of ButtonSet.${buttons} (${kind} "${prompt}")`);
    const answer = { button, text: kind === 'prompt' ? (scripted.text ?? '') : '' };
    this.dialogs.push({ kind, title, prompt, buttons, answer });
    this.onSuspend();
    return answer;
  }
}

/** A Menu: nothing shows until addToUi. Calls count under "Ui". */
export class LocalMenu implements LocalMenuApi {
  private readonly entries: MenuEntry[] = [];

  constructor(
    private readonly recorder: UiRecorder,
    private readonly caption: string,
    private readonly addon: boolean,
  ) {}

  private count(method: string): void {
    this.recorder.counter.count('Ui', `Menu.${method}`);
  }

  addItem(caption: string, functionName: string): this {
    this.count('addItem');
    this.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.count('addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: LocalMenu): this {
    this.count('addSubMenu');
    if (!(menu instanceof LocalMenu)) throw new GasException(`The parameters (${gasTypeName(menu)}) don't match the method signature for Ui.Menu.addSubMenu.`);
    this.entries.push({ kind: 'submenu', caption: menu.caption, entries: menu._entries() });
    return this;
  }

  addToUi(): void {
    this.count('addToUi');
    this.recorder._addMenu({ caption: this.caption, addon: this.addon, entries: this._entries() });
  }

  /** A deep copy: later changes to the menu object do not show until addToUi again. */
  _entries(): MenuEntry[] {
    return structuredClone(this.entries);
  }
}

/** Splits alert/prompt's three overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function overload(method: string, args: unknown[]): { title: string; prompt: string; buttons: ButtonSetName } {
  const isSet = (v: unknown): v is ButtonSetName => typeof v === 'string' && v in BUTTONS;
  if (args.length === 1 && typeof args[0] === 'string') return { title: '', prompt: args[0], buttons: 'OK' };
  if (args.length === 2 && typeof args[0] === 'string' && isSet(args[1])) return { title: '', prompt: args[0], buttons: args[1] };
  if (args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'string' && isSet(args[2]))
    return { title: args[0], prompt: args[1], buttons: args[2] };
  throw new GasException(`The parameters (${args.map(gasTypeName).join(',')}) don't match the method signature for Ui.${method}.`);
}

/** The Ui object. alert/prompt return at once with the scripted answer (and release the script's locks, as the real suspension does). */
export class LocalUi implements LocalUiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly recorder: UiRecorder) {}

  private count(method: string): void {
    this.recorder.counter.count('Ui', `Ui.${method}`);
  }

  createMenu(caption: string): LocalMenu {
    this.count('createMenu');
    return new LocalMenu(this.recorder, String(caption), false);
  }

  createAddonMenu(): LocalMenu {
    this.count('createAddonMenu');
    return new LocalMenu(this.recorder, this.recorder.addonName, true);
  }

  alert(...args: unknown[]): ButtonName {
    this.count('alert');
    const { title, prompt, buttons } = overload('alert', args);
    return this.recorder._ask('alert', title, prompt, buttons).button;
  }

  prompt(...args: unknown[]): { getResponseText(): string; getSelectedButton(): ButtonName } {
    this.count('prompt');
    const { title, prompt, buttons } = overload('prompt', args);
    const answer = this.recorder._ask('prompt', title, prompt, buttons);
    const counter = this.recorder.counter;
    return {
      getResponseText: () => {
        counter.count('Ui', 'PromptResponse.getResponseText');
        return answer.text;
      },
      getSelectedButton: () => {
        counter.count('Ui', 'PromptResponse.getSelectedButton');
        return answer.button;
      },
    };
  }

  private show(kind: ShownHtml['kind'], method: string, output: unknown, title?: string): void {
    if (!(output instanceof LocalHtmlOutput)) {
      throw new GasException(
        `The parameters (${output?.constructor?.name?.replace(/^Local/, '') ?? gasTypeName(output)}) don't match the method signature for Ui.${method}.`,
      );
    }
    const state = output._snapshot();
    // Add-on sidebars have a fixed width of 300 px; a dialog's title argument overrides setTitle().
    this.recorder.shown.push({
      kind,
      title: title ?? state.title,
      content: state.content,
      width: kind === 'sidebar' ? 300 : state.width,
      height: state.height,
    });
  }

  showSidebar(userInterface: LocalHtmlOutput): void {
    this.count('showSidebar');
    this.show('sidebar', 'showSidebar', userInterface);
  }

  showModalDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.count('showModalDialog');
    this.show('modal', 'showModalDialog', userInterface, String(title));
  }

  showModelessDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.count('showModelessDialog');
    this.show('modeless', 'showModelessDialog', userInterface, String(title));
  }
}
