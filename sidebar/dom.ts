// Tiny DOM builders for the sidebar: every text goes in through textContent or value, never innerHTML, so server data is always escaped.

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/**
 * Builds an element. Attributes are set with setAttribute (booleans add or omit the attribute); "text" sets textContent and
 * "value" the live value. Children that are strings become text nodes.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') element.textContent = String(value);
    else if (name === 'value') (element as unknown as HTMLInputElement).value = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces everything inside parent with the children. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** A <select> of options given as [value, label] pairs; the option equal to `selected` is chosen. */
export function select(attributes: Attributes, options: readonly (readonly [string, string])[], selected?: string): HTMLSelectElement {
  const element = el('select', attributes);
  for (const [value, label] of options) element.appendChild(el('option', { value, text: label, selected: value === selected }));
  if (selected !== undefined) element.value = selected;
  return element;
}

/** A <datalist> of suggestions, with the given id, for an input's list attribute; a [value, label] pair shows its label beside it. */
export function datalist(id: string, values: readonly (string | readonly [string, string])[]): HTMLDataListElement {
  return el(
    'datalist',
    { id },
    ...values.map((v) => (typeof v === 'string' ? el('option', { value: v }) : el('option', { value: v[0], label: v[1] === v[0] ? null : v[1] }))),
  );
}

let fieldCount = 0;

/** A unique id for a field, so its <label for> and messages can point at it. */
export function fieldId(prefix: string): string {
  fieldCount += 1;
  return `${prefix}-${fieldCount}`;
}

/** A labelled field: the label, the control and an optional hint line under it. */
export function field(label: string, control: HTMLElement, hint?: Node | string): HTMLDivElement {
  if (!control.id) control.id = fieldId('f');
  return el('div', { class: 'field' }, el('label', { for: control.id, text: label }), control, hint ?? null);
}

export type MessageKind = 'info' | 'success' | 'error';

/** A message area inside a form (role=alert for errors, so screen readers hear them). Empty shows nothing. */
export class MessageBox {
  readonly element = el('div', { class: 'message', hidden: true });

  show(kind: MessageKind, text: string): void {
    this.element.className = `message message-${kind}`;
    this.element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    this.element.textContent = text;
    this.element.hidden = false;
    // A save pressed at the foot of a long score card must still show its outcome, which sits above the card.
    if (typeof this.element.scrollIntoView === 'function') this.element.scrollIntoView({ block: 'nearest' });
  }

  clear(): void {
    this.element.textContent = '';
    this.element.hidden = true;
  }
}

/** "Đang tải…" with a spinner, for a section waiting on the server. */
export function loading(text = 'Đang tải…'): HTMLDivElement {
  return el('div', { class: 'loading', role: 'status' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** Dispatched on a section's view each time the tabs show it again (not when it is first built). */
export const SECTION_SHOWN = 'section-shown';
