// Thăm hỏi: record one visit (date, unit, person with suggestions, reason, amount, fund with balance, visitor, note) and save it.
import type { SidebarContext } from '../src/wire/api';
import { datalist, el, field, MessageBox, SECTION_SHOWN, select } from './dom';
import { amountField, dateInput, FundField, guardedSave, saveButton } from './fields';
import { parseAmount } from '../src/domain/money';
import { formatVnd } from './format';
import { call, errorMessage } from './server';

export function visitView(context: SidebarContext): HTMLElement {
  const view = el('section', { class: 'view' });
  const messages = new MessageBox();
  if (context.visitUnits.length === 0) {
    messages.show('info', 'Bạn không có đơn vị nào để ghi thăm hỏi.');
    view.appendChild(messages.element);
    return view;
  }
  const date = dateInput(context.today);
  const unit = select(
    { name: 'unit' },
    context.visitUnits.map((u) => [u.code, `${u.code} — ${u.name}`] as const),
    context.visitUnits[0].code,
  );
  const people = datalist('visit-people', []);
  const person = el('input', { type: 'text', name: 'person', list: 'visit-people', autocomplete: 'off', maxlength: 500, required: true });
  const reason = select(
    { name: 'reason' },
    context.reasons.map((r) => [r, r] as const),
    context.reasons[0],
  );
  const amount = amountField();
  const fund = new FundField(null); // balances come with the unit's visit form, loaded below
  const visitor = el('input', { type: 'text', name: 'visitor', autocomplete: 'off', maxlength: 500 });
  const note = el('input', { type: 'text', name: 'note', autocomplete: 'off', maxlength: 2000 });
  const peopleHint = el('div', { class: 'hint' });
  const save = saveButton('Lưu thăm hỏi');
  const form = el(
    'form',
    { class: 'entry', novalidate: true, autocomplete: 'off' },
    field('Ngày thăm', date),
    field('Đơn vị', unit),
    field('Người được thăm', person, peopleHint),
    people,
    field('Lý do', reason),
    amount.element,
    fund.element,
    field('Người đi thăm', visitor),
    field('Ghi chú', note),
    messages.element,
    el('div', { class: 'actions' }, save),
  );
  view.appendChild(form);

  /** Suggestions of people visited before in the chosen unit, and fresh fund balances. */
  let request = 0;
  async function loadUnit(): Promise<void> {
    const mine = ++request;
    peopleHint.textContent = 'Đang tải gợi ý…';
    fund.markStale();
    try {
      const data = await call('sidebarVisitForm', unit.value);
      if (mine !== request) return;
      while (people.firstChild) people.removeChild(people.firstChild);
      for (const name of data.people) people.appendChild(el('option', { value: name }));
      peopleHint.textContent = data.people.length ? `Gõ để chọn trong ${data.people.length} người đã thăm trước đây.` : '';
      fund.setFunds(data.funds);
    } catch (error) {
      if (mine === request) peopleHint.textContent = `${errorMessage(error)} Chuyển sang mục khác rồi quay lại, hoặc chọn lại đơn vị, để tải lại số dư quỹ.`;
    }
  }
  unit.addEventListener('change', () => void loadUnit());
  // Shown again after another tab: a ledger line or another officer's visit may have moved the balances the save is checked with.
  view.addEventListener(SECTION_SHOWN, () => void loadUnit());

  /** An amount over the cap or over the fund's balance is saved only on a second press with the same amount and fund. */
  let confirmed = '';
  function needsConfirmation(): string | null {
    // Read as the server reads it ("1,500,000", "10.000.000 VNĐ"…), so every amount the server accepts is compared; one it
    // refuses goes to the server, which says why.
    const parsed = parseAmount(amount.input.value);
    if (!parsed.ok) return null;
    const typed = parsed.value;
    const balance = fund.balance();
    const reasons: string[] = [];
    if (context.visitCap !== null && typed > context.visitCap) reasons.push(`vượt mức chi tối đa một lần thăm (${formatVnd(context.visitCap)})`);
    if (balance !== undefined && typed > balance) reasons.push(`lớn hơn số dư hiện tại của ${fund.select.value} (${formatVnd(balance)})`);
    const key = `${typed}|${fund.select.value}`;
    if (reasons.length === 0 || confirmed === key) return null;
    confirmed = key;
    return `Số tiền ${formatVnd(typed)} ${reasons.join(' và ')}. Kiểm tra lại; nếu đúng, nhấn "Lưu thăm hỏi" lần nữa để lưu.`;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The amount is checked against the fund's balance: never against balances from before the last change of unit or tab.
    if (!fund.isFresh()) {
      messages.show('error', 'Đang tải số dư quỹ để kiểm tra số tiền; chờ số dư hiện ra rồi nhấn "Lưu thăm hỏi" lại.');
      return;
    }
    const question = needsConfirmation();
    if (question !== null) {
      messages.show('error', question);
      return;
    }
    const saved = await guardedSave(save, messages, () =>
      call('sidebarSaveVisit', {
        date: date.value.trim(),
        unit: unit.value,
        person: person.value.trim(),
        reason: reason.value,
        amount: amount.input.value.trim(),
        fund: fund.select.value,
        visitor: visitor.value.trim(),
        note: note.value.trim(),
      }),
    );
    if (!saved) return;
    confirmed = '';
    person.value = '';
    amount.input.value = '';
    note.value = '';
    await loadUnit();
    person.focus();
  });
  void loadUnit();
  return view;
}
