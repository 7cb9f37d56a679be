// Sidebar entry: asks the server who the user is, then shows the sections they may use (Chấm điểm, Thăm hỏi, Thu chi, Tổng hợp, Báo cáo).
import type { SidebarContext } from '../src/wire/api';
import { el, loading, MessageBox, replaceChildren, SECTION_SHOWN } from './dom';
import { ledgerView } from './ledger-view';
import { scoreView } from './score-view';
import { call, errorMessage } from './server';
import { papersView } from './papers-view';
import { summaryView } from './summary-view';
import { visitView } from './visit-view';

type SectionKey = keyof SidebarContext['permissions'];

interface Section {
  key: SectionKey;
  title: string;
  render(context: SidebarContext): HTMLElement;
}

const SECTIONS: readonly Section[] = [
  { key: 'scores', title: 'Chấm điểm', render: scoreView },
  { key: 'visits', title: 'Thăm hỏi', render: visitView },
  { key: 'ledger', title: 'Thu chi', render: ledgerView },
  { key: 'summary', title: 'Tổng hợp', render: summaryView },
  { key: 'papers', title: 'Báo cáo', render: papersView },
];

function userLine(context: SidebarContext): HTMLElement {
  const { user } = context;
  const scope = [user.cluster, user.unit].filter((part): part is string => !!part).join(' · ');
  return el(
    'header',
    { class: 'user' },
    el('div', { class: 'user-email', text: user.email, title: user.email }),
    el('div', { class: 'user-role' }, el('span', { class: 'badge', text: user.roleName }), scope ? ` ${scope}` : ''),
  );
}

/** Tabs over the sections; each section is built when first opened and kept, so typed values survive switching. */
function sectionTabs(context: SidebarContext, sections: readonly Section[]): HTMLElement[] {
  const nav = el('nav', { class: 'tabs', role: 'tablist' });
  const panel = el('div', { class: 'panel' });
  const built = new Map<SectionKey, HTMLElement>();
  const tabs = sections.map((section) => {
    const tab = el('button', { type: 'button', role: 'tab', class: 'tab', id: `tab-${section.key}`, text: section.title });
    tab.addEventListener('click', () => open(section));
    nav.appendChild(tab);
    return tab;
  });
  function open(section: Section): void {
    sections.forEach((s, i) => {
      tabs[i].setAttribute('aria-selected', String(s === section));
      tabs[i].classList.toggle('active', s === section);
    });
    for (const view of built.values()) view.hidden = true;
    let view = built.get(section.key);
    // A section shown again may refresh what others changed meanwhile (the visit form's fund balances after a ledger save).
    if (view) view.dispatchEvent(new Event(SECTION_SHOWN));
    else {
      view = section.render(context);
      view.setAttribute('role', 'tabpanel');
      view.setAttribute('aria-labelledby', `tab-${section.key}`);
      built.set(section.key, view);
      panel.appendChild(view);
    }
    view.hidden = false;
  }
  open(sections[0]);
  return sections.length > 1 ? [nav, panel] : [panel];
}

async function start(app: HTMLElement): Promise<void> {
  replaceChildren(app, loading());
  let context: SidebarContext;
  try {
    context = await call('sidebarContext');
  } catch (error) {
    const messages = new MessageBox();
    messages.show('error', errorMessage(error));
    const retry = el('button', { type: 'button', class: 'secondary', text: 'Thử lại' });
    retry.addEventListener('click', () => void start(app));
    replaceChildren(app, messages.element, el('div', { class: 'actions' }, retry));
    return;
  }
  const allowed = SECTIONS.filter((section) => context.permissions[section.key]);
  if (allowed.length === 0) {
    const messages = new MessageBox();
    messages.show(
      'info',
      'Tài khoản của bạn chưa được giao việc nào trong thanh bên (chấm điểm, thăm hỏi, thu chi hay tổng hợp). Hãy nhờ quản trị viên cấp quyền trong trang "Phân quyền".',
    );
    replaceChildren(app, userLine(context), messages.element);
    return;
  }
  replaceChildren(app, userLine(context), ...sectionTabs(context, allowed));
}

const app = document.getElementById('app');
if (app) void start(app);
