// Tổng hợp (Quản trị): one button that builds the yearly summary sheet ("Tổng hợp <kỳ>") for the chosen period, and "Áp dụng phân quyền" below it.
import type { SidebarContext } from '../src/wire/api';
import { datalist, el, field, MessageBox } from './dom';
import { permissionsView } from './permissions-view';
import { periodChoices } from './period-choices';
import { call, errorMessage } from './server';

export function summaryView(context: SidebarContext): HTMLElement {
  const period = el('input', {
    type: 'text',
    name: 'period',
    list: 'summary-periods',
    autocomplete: 'off',
    value: context.defaultPeriod,
    placeholder: 'ví dụ 2020 hoặc 2019-2020',
  });
  const messages = new MessageBox();
  const build = el('button', { type: 'submit', class: 'primary', text: 'Tạo trang tổng hợp' });
  const form = el(
    'form',
    { class: 'entry', novalidate: true },
    el('p', { class: 'hint', text: 'Ghi (hoặc ghi lại toàn bộ) trang "Tổng hợp <kỳ>" từ các trang nguồn; các trang nguồn không thay đổi.' }),
    field('Kỳ', period, el('div', { class: 'hint', text: 'Để trống để lấy kỳ gần nhất.' })),
    datalist('summary-periods', periodChoices(context)),
    messages.element,
    el('div', { class: 'actions' }, build),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    build.disabled = true;
    build.textContent = 'Đang tổng hợp…';
    messages.show('info', 'Đang tổng hợp, có thể mất đến một phút với bảng tính lớn…');
    try {
      const result = await call('sidebarBuildSummary', period.value.trim());
      messages.show('success', result.message);
    } catch (error) {
      messages.show('error', errorMessage(error));
    } finally {
      build.disabled = false;
      build.textContent = 'Tạo trang tổng hợp';
    }
  });
  return el('section', { class: 'view' }, form, el('h3', { text: 'Áp dụng phân quyền' }), permissionsView());
}
