// Thu chi: record one receipt or payment with the suggested voucher number, fund with balance, category and amount, and save it.
import type { LedgerFormData, LedgerTypeName, SidebarContext } from '../src/wire/api';
import { datalist, el, field, loading, MessageBox, replaceChildren, select } from './dom';
import { amountField, dateInput, FundField, guardedSave, saveButton } from './fields';
import { call, errorMessage } from './server';

function ledgerForm(context: SidebarContext, data: LedgerFormData, messages: MessageBox, reload: () => void): HTMLFormElement {
  const date = dateInput(context.today);
  const type = select(
    { name: 'type' },
    [
      ['Chi', 'Chi'],
      ['Thu', 'Thu'],
    ],
    'Chi',
  );
  const voucher = el('input', { type: 'text', name: 'voucher', autocomplete: 'off', maxlength: 50, value: data.nextVoucher.Chi });
  const voucherHint = el('div', { class: 'hint', text: 'Số gợi ý là số kế tiếp; để trống cũng được.' });
  const fund = new FundField(data.funds);
  const categories = datalist('ledger-categories', []);
  const category = el('input', { type: 'text', name: 'category', list: 'ledger-categories', autocomplete: 'off', maxlength: 500 });
  const amount = amountField();
  const description = el('input', { type: 'text', name: 'description', autocomplete: 'off', maxlength: 2000 });
  const save = saveButton('Lưu chứng từ');

  /** The voucher follows the type (PT… for Thu, PC… for Chi) until the officer types their own number. */
  let voucherEdited = false;
  voucher.addEventListener('input', () => {
    voucherEdited = voucher.value.trim() !== '';
  });
  function followType(): void {
    const chosen = type.value as LedgerTypeName;
    if (!voucherEdited) voucher.value = data.nextVoucher[chosen];
    replaceChildren(categories, ...data.categories[chosen].map((value) => el('option', { value })));
  }
  type.addEventListener('change', followType);
  followType();

  const form = el(
    'form',
    { class: 'entry', novalidate: true, autocomplete: 'off' },
    el('div', { class: 'row' }, field('Ngày', date), field('Loại', type)),
    field('Số chứng từ', voucher, voucherHint),
    fund.element,
    field('Khoản mục', category),
    categories,
    amount.element,
    field('Diễn giải', description),
    messages.element,
    el('div', { class: 'actions' }, save),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await guardedSave(save, messages, () =>
      call('sidebarSaveLedger', {
        date: date.value.trim(),
        fund: fund.select.value,
        type: type.value as LedgerTypeName,
        category: category.value.trim(),
        amount: amount.input.value.trim(),
        description: description.value.trim(),
        voucher: voucher.value.trim(),
      }),
    );
    if (saved) reload();
  });
  return form;
}

export function ledgerView(context: SidebarContext): HTMLElement {
  const view = el('section', { class: 'view' });
  const messages = new MessageBox();
  const area = el('div');
  async function load(): Promise<void> {
    replaceChildren(area, loading());
    try {
      const data = await call('sidebarLedgerForm');
      replaceChildren(
        area,
        ledgerForm(context, data, messages, () => void load()),
      );
    } catch (error) {
      messages.show('error', errorMessage(error));
      replaceChildren(area, messages.element);
    }
  }
  view.appendChild(area);
  void load();
  return view;
}
