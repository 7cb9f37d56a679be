// Áp dụng phân quyền (Quản trị): shows, sheet by sheet, who gains and who loses the right to edit, and applies it only when confirmed.
import { el, MessageBox, replaceChildren } from './dom';
import { call, errorMessage } from './server';

export function permissionsView(): HTMLElement {
  const messages = new MessageBox();
  const plan = el('div', { class: 'plan' });
  const preview = el('button', { type: 'button', text: 'Xem trước thay đổi' });
  const apply = el('button', { type: 'button', class: 'primary', text: 'Áp dụng', disabled: true });
  let fingerprint = '';
  preview.addEventListener('click', async () => {
    preview.disabled = true;
    apply.disabled = true;
    messages.show('info', 'Đang đọc trang Phân quyền…');
    try {
      const result = await call('sidebarPreviewPermissions');
      fingerprint = result.fingerprint;
      replaceChildren(plan, ...result.text.split('\n').map((line) => el('p', { class: 'hint', text: line })));
      messages.show('info', result.changes > 0 ? 'Kiểm tra danh sách rồi bấm Áp dụng.' : 'Không có gì thay đổi; Áp dụng chỉ ghi một dòng Nhật ký.');
      apply.disabled = false;
    } catch (error) {
      messages.show('error', errorMessage(error));
    } finally {
      preview.disabled = false;
    }
  });
  apply.addEventListener('click', async () => {
    apply.disabled = true;
    messages.show('info', 'Đang áp dụng…');
    try {
      messages.show('success', (await call('sidebarApplyPermissions', fingerprint)).message);
    } catch (error) {
      messages.show('error', errorMessage(error));
    }
  });
  return el(
    'section',
    { class: 'view entry' },
    el('p', { class: 'hint', text: 'Biến trang Phân quyền thành bảo vệ của Google: ai không có quyền thì không sửa tay được trang đó.' }),
    plan,
    messages.element,
    el('div', { class: 'actions' }, preview, apply),
  );
}
