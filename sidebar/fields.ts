// Form pieces the visit and ledger views share: date, amount formatted as typed, fund with its balance, and a guarded save.
import type { FundView, SaveResult } from '../src/wire/api';
import { el, field, type MessageBox, select } from './dom';
import { formatAmountInput, formatVnd } from './format';
import { errorMessage } from './server';

/** A dd/mm/yyyy date field (text, as the workbook stores dates; the browser's date picker would use its own locale). */
export function dateInput(value: string): HTMLInputElement {
  return el('input', { type: 'text', name: 'date', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', autocomplete: 'off', value, required: true });
}

/** An amount of đồng: "1500000" shows "1.500.000" while typing. */
export function amountField(label = 'Số tiền (đồng)'): { element: HTMLDivElement; input: HTMLInputElement } {
  const input = el('input', { type: 'text', name: 'amount', inputmode: 'numeric', placeholder: 'ví dụ 1.500.000', autocomplete: 'off', required: true });
  formatAmountInput(input);
  return { element: field(label, input), input };
}

/** The fund select with the chosen fund's current balance under it; setFunds refreshes the balances, keeping the choice. */
export class FundField {
  readonly select: HTMLSelectElement;
  readonly element: HTMLDivElement;
  private readonly balanceHint = el('div', { class: 'hint' });
  private funds: FundView[] = [];
  /** False from the start or markStale until setFunds brings balances: a check against them would use old figures. */
  private fresh = false;

  /** `null`: the balances are still on their way (the hint says so until setFunds). */
  constructor(funds: FundView[] | null) {
    this.select = select({ name: 'fund', required: true }, []);
    this.select.addEventListener('change', () => this.showBalance());
    this.element = field('Quỹ', this.select, this.balanceHint);
    if (funds) this.setFunds(funds);
    else this.markStale();
  }

  /** The balances shown may be old (new ones are on their way): the hint says so until setFunds. */
  markStale(): void {
    this.fresh = false;
    this.balanceHint.textContent = 'Đang tải số dư quỹ…';
    this.balanceHint.classList.remove('negative');
  }

  /** True once the balances of the last request have arrived. */
  isFresh(): boolean {
    return this.fresh;
  }

  setFunds(funds: FundView[]): void {
    const chosen = this.select.value;
    this.funds = funds;
    this.fresh = true;
    while (this.select.firstChild) this.select.removeChild(this.select.firstChild);
    for (const fund of funds) this.select.appendChild(el('option', { value: fund.name, text: fund.name }));
    if (funds.some((f) => f.name === chosen)) this.select.value = chosen;
    this.showBalance();
  }

  /** The chosen fund's current balance (undefined when there is none). */
  balance(): number | undefined {
    return this.funds.find((f) => f.name === this.select.value)?.balance;
  }

  private showBalance(): void {
    const fund = this.funds.find((f) => f.name === this.select.value);
    this.balanceHint.textContent = fund ? `Số dư hiện tại: ${formatVnd(fund.balance)}` : 'Chưa có quỹ nào trong trang Quỹ.';
    this.balanceHint.classList.toggle('negative', !!fund && fund.balance < 0);
  }
}

/** Buttons whose save is on its way to the server: a second click, Enter or submit event while it waits sends nothing. */
const saving = new WeakSet<HTMLButtonElement>();

/** The status an officer reads while a save waits on the server (a large workbook can take several seconds). */
export const SAVING_STATUS = 'Đang lưu vào bảng tính, vui lòng chờ…';

/**
 * Runs one save: the button is busy (disabled, aria-busy, "Đang lưu…") and a short status shows meanwhile; a second request
 * while the first waits is ignored (resolves null, nothing sent). The server's sentence (or its error) then replaces the status.
 * Resolves with the result, or null when the server refused or a save was already running.
 */
export async function guardedSave(button: HTMLButtonElement, messages: MessageBox, save: () => Promise<SaveResult>): Promise<SaveResult | null> {
  if (saving.has(button)) return null;
  saving.add(button);
  const label = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = 'Đang lưu…';
  messages.show('info', SAVING_STATUS);
  try {
    const result = await save();
    messages.show('success', result.message);
    return result;
  } catch (error) {
    messages.show('error', errorMessage(error));
    return null;
  } finally {
    button.textContent = label;
    button.removeAttribute('aria-busy');
    button.disabled = false;
    saving.delete(button);
  }
}

/** A primary submit button. */
export function saveButton(text = 'Lưu'): HTMLButtonElement {
  return el('button', { type: 'submit', class: 'primary', text });
}
