// Báo cáo và biên bản: builds the report in the administrative format (Quản trị) and a cluster's cross-check minutes (Quản trị, Cụm trưởng of that cluster).
import type { SidebarContext } from '../src/wire/api';
import { datalist, el, field, MessageBox } from './dom';
import { call, errorMessage } from './server';

/** One form with a submit button that calls the server, says it is working, then shows the server's sentence. */
function paperForm(hint: string, fields: HTMLElement[], label: string, send: () => Promise<{ message: string }>): HTMLElement {
  const messages = new MessageBox();
  const button = el('button', { type: 'submit', class: 'primary', text: label });
  const form = el(
    'form',
    { class: 'entry', novalidate: true },
    el('p', { class: 'hint', text: hint }),
    ...fields,
    messages.element,
    el('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    messages.show('info', 'Đang lập, có thể mất đến một phút với bảng tính lớn…');
    try {
      messages.show('success', (await send()).message);
    } catch (error) {
      messages.show('error', errorMessage(error));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

export function papersView(context: SidebarContext): HTMLElement {
  const forms: HTMLElement[] = [];
  const periodInput = (id: string) =>
    el('input', { type: 'text', name: 'period', list: id, autocomplete: 'off', value: context.defaultPeriod, placeholder: 'ví dụ 2020 hoặc 2019-2020' });
  if (context.permissions.summary) {
    const period = periodInput('report-periods');
    forms.push(
      paperForm(
        'Ghi trang "Báo cáo <kỳ>": báo cáo theo thể thức văn bản hành chính, khổ A4 dọc, lời văn viết từ số liệu.',
        [field('Kỳ', period), datalist('report-periods', context.periods)],
        'Lập báo cáo',
        () => call('sidebarBuildReport', period.value.trim()),
      ),
    );
  }
  if (context.minutesClusters.length > 0) {
    const period = periodInput('minutes-periods');
    const cluster = el('input', { type: 'text', name: 'cluster', list: 'minutes-clusters', autocomplete: 'off', value: context.minutesClusters[0] });
    forms.push(
      paperForm(
        'Ghi trang "Biên bản <cụm> <kỳ>": mỗi đơn vị một trang, có chỗ ký của cụm trưởng và chủ tịch CĐCS.',
        [field('Cụm', cluster), datalist('minutes-clusters', context.minutesClusters), field('Kỳ', period), datalist('minutes-periods', context.periods)],
        'Lập biên bản kiểm tra chéo',
        () => call('sidebarBuildMinutes', { cluster: cluster.value.trim(), period: period.value.trim() }),
      ),
    );
  }
  return el('section', { class: 'view' }, ...forms);
}
