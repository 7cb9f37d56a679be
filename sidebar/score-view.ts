// Chấm điểm: choose period, cluster and unit; enter one card with live checks, a running total beside the self-score, and save it.
import { cardTotal, incompleteCardMessage, missingStandard } from '../src/domain/scoring';
import { CRITERION_KIND_NAMES } from '../src/domain/types';
import type { CriterionView, ScoreFormCode, ScoreFormData, SidebarContext, UnitView } from '../src/wire/api';
import { el, field, loading, MessageBox, replaceChildren, select } from './dom';
import { guardedSave, saveButton } from './fields';
import { formatPoints, readPoints } from './format';
import { periodChoices } from './period-choices';
import { call, errorMessage } from './server';

const unitLabel = (unit: UnitView) => `${unit.code} — ${unit.name}`;

/** Criteria grouped by their Nhóm, groups and criteria in rubric order. */
function byGroup(criteria: readonly CriterionView[]): [string, CriterionView[]][] {
  const groups = new Map<string, CriterionView[]>();
  for (const criterion of criteria) {
    const list = groups.get(criterion.group) ?? groups.set(criterion.group, []).get(criterion.group)!;
    list.push(criterion);
  }
  return [...groups];
}

interface CriterionInput {
  criterion: CriterionView;
  input: HTMLInputElement;
  error: HTMLElement;
}

/** The score card of one unit: one input per criterion, checked as typed; Enter saves when everything is valid. */
function scoreCard(context: SidebarContext, data: ScoreFormData, messages: MessageBox, reload: () => void): HTMLFormElement {
  const form = el('form', { class: 'score-card', novalidate: true, autocomplete: 'off' });
  // The form of the user's own card when editing it; else the only form allowed; else none: the user chooses, so a slip never
  // lands as Cấp trên, which overrides every other card.
  const mineForm = data.mine && data.allowedForms.some((f) => f.form === data.mine!.form) ? data.mine.form : undefined;
  const onlyForm = data.allowedForms.length === 1 ? data.allowedForms[0].form : undefined;
  const choose = (mineForm ?? onlyForm) ? [] : [['', '— Chọn hình thức —'] as const];
  const formSelect = select({ name: 'form' }, [...choose, ...data.allowedForms.map((f) => [f.form, f.name] as const)], mineForm ?? onlyForm ?? '');
  const inputs: CriterionInput[] = [];
  const groups = byGroup(context.criteria).map(([group, criteria]) =>
    el(
      'fieldset',
      { class: 'group' },
      el('legend', { text: group || 'Tiêu chí' }),
      ...criteria.map((criterion) => {
        const id = `score-${inputs.length}`;
        const mine = data.mine?.scores[criterion.code];
        const input = el('input', {
          type: 'text',
          id,
          name: criterion.code,
          inputmode: 'decimal',
          autocomplete: 'off',
          class: 'points',
          'aria-describedby': `${id}-error`,
          value: mine === undefined ? '' : formatPoints(mine),
        });
        const error = el('div', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
        inputs.push({ criterion, input, error });
        const self = data.selfScores?.[criterion.code];
        const kind = criterion.kind === 'standard' ? null : el('span', { class: `kind kind-${criterion.kind}`, text: CRITERION_KIND_NAMES[criterion.kind] });
        return el(
          'div',
          { class: 'criterion' },
          el('label', { for: id }, el('span', { class: 'code', text: criterion.code }), ' ', kind, kind ? ' ' : '', criterion.content),
          el(
            'div',
            { class: 'criterion-entry' },
            input,
            el('span', { class: 'max', text: criterion.kind === 'condition' ? '1 = đạt, 0 = không đạt' : `/ ${formatPoints(criterion.max)}` }),
            self === undefined ? null : el('span', { class: 'self', title: 'Điểm đơn vị tự chấm', text: `Tự chấm ${formatPoints(self)}` }),
          ),
          error,
        );
      }),
    ),
  );
  const note = el('textarea', { name: 'note', rows: 2, maxlength: 2000, value: data.mine?.note ?? '' });
  const total = el('span', { class: 'total-value', text: '0' });
  const selfTotal = el('span', { class: 'total-value', text: data.selfTotal === null ? '—' : formatPoints(data.selfTotal) });
  const gap = el('span', { class: 'total-value' });
  const gapLine = el('div', { class: 'total-line gap' }, 'Chênh lệch (tự chấm − đang chấm): ', gap);
  const status = el('div', { class: 'hint' });
  const save = saveButton('Lưu điểm');

  /** Checks every input, shows its message under it, and refreshes the totals and the Save button. */
  function check(): Record<string, number | null> | null {
    const scores: Record<string, number | null> = {};
    let valid = true;
    let entered = 0;
    for (const { criterion, input, error } of inputs) {
      const reading = readPoints(input.value, criterion.max, criterion.kind === 'condition');
      input.classList.toggle('invalid', !reading.ok);
      input.setAttribute('aria-invalid', String(!reading.ok));
      error.textContent = reading.ok ? '' : reading.message;
      if (!reading.ok) valid = false;
      else if (reading.value !== null) entered++;
      scores[criterion.code] = reading.ok ? reading.value : null;
    }
    const numbers: Record<string, number> = {};
    for (const [code, value] of Object.entries(scores)) if (value !== null) numbers[code] = value;
    const sum = cardTotal(
      numbers,
      context.criteria.map((c) => ({ ...c, row: 0 })),
    );
    total.textContent = formatPoints(sum);
    // The gap needs both sides: hidden without a self-score, "chưa nhập" until a criterion is scored here.
    gapLine.hidden = data.selfTotal === null;
    const difference = data.selfTotal === null || entered === 0 ? null : Math.round((data.selfTotal - sum) * 100) / 100;
    gap.textContent = difference === null ? 'chưa nhập' : formatPoints(difference);
    gapLine.classList.toggle('over', difference !== null && difference > context.gapThreshold);
    const missing = missingStandard(scores, context.criteria);
    status.textContent = !valid
      ? 'Sửa các ô báo đỏ trước khi lưu.'
      : entered === 0
        ? 'Chưa nhập điểm tiêu chí nào.'
        : missing.length > 0
          ? `Đã nhập ${entered}/${inputs.length} tiêu chí; còn thiếu tiêu chí Chuẩn ${missing.join(', ')}.`
          : formSelect.value === ''
            ? `Đã nhập ${entered}/${inputs.length} tiêu chí. Chọn hình thức chấm rồi nhấn Enter để lưu.`
            : `Đã nhập ${entered}/${inputs.length} tiêu chí. Nhấn Enter để lưu.`;
    if (data.closed !== null) status.textContent = 'Kỳ đã chốt: không lưu được.';
    save.disabled = !valid || entered === 0 || data.closed !== null;
    return valid && entered > 0 && data.closed === null ? scores : null;
  }

  /** Why the card cannot be saved yet (Chuẩn criteria missing, no form chosen), shown and focused; null when it can. */
  function refusal(scores: Record<string, number | null>): string | null {
    const missing = missingStandard(scores, context.criteria);
    if (missing.length > 0) {
      inputs.find((i) => i.criterion.code === missing[0])?.input.focus();
      return `${incompleteCardMessage(missing)}.`;
    }
    if (formSelect.value === '') {
      formSelect.focus();
      return 'Chưa lưu: hãy chọn hình thức chấm (Tự chấm, Chấm chéo, Cụm trưởng hay Cấp trên) rồi lưu.';
    }
    return null;
  }

  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).classList.contains('points')) check();
  });
  formSelect.addEventListener('change', () => check());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const scores = check();
    if (!scores) return;
    const refused = refusal(scores);
    if (refused !== null) {
      messages.show('error', refused);
      return;
    }
    const saved = await guardedSave(save, messages, () =>
      call('sidebarSaveScore', { period: data.period, unit: data.unit.code, form: formSelect.value as ScoreFormCode, scores, note: note.value }),
    );
    if (saved) reload();
    else check();
  });

  const editing = data.mine
    ? el('div', { class: 'hint' }, `Đang sửa phiếu bạn đã lưu (dòng ${data.mine.row}). Lưu lại sẽ thêm một dòng mới thay cho phiếu cũ.`)
    : null;
  const closed = data.closed === null ? null : el('div', { class: 'message message-error', role: 'alert', text: data.closed });
  replaceChildren(
    form,
    el('h2', { class: 'unit-title', text: unitLabel(data.unit) }),
    closed,
    editing,
    data.allowedForms.length > 1 ? field('Hình thức', formSelect) : el('div', { class: 'hint', text: `Hình thức: ${data.allowedForms[0]?.name ?? ''}` }),
    ...groups,
    field('Ghi chú', note),
    el(
      'div',
      { class: 'sticky-footer' },
      el('div', { class: 'total-line' }, 'Tổng điểm đang chấm: ', total),
      el('div', { class: 'total-line' }, 'Đơn vị tự chấm: ', selfTotal),
      gapLine,
      status,
      el('div', { class: 'actions' }, save),
    ),
  );
  check();
  return form;
}

export function scoreView(context: SidebarContext): HTMLElement {
  const view = el('section', { class: 'view' });
  const clusters = context.scorableClusters.filter((c) => c.units.length > 0);
  if (clusters.length === 0) {
    const info = new MessageBox();
    info.show('info', 'Bạn không có đơn vị nào để chấm điểm.');
    replaceChildren(view, info.element);
    return view;
  }
  const periodSelect = select({ name: 'period' }, periodChoices(context), context.defaultPeriod);
  const clusterSelect = select(
    { name: 'cluster' },
    clusters.map((c) => [c.name, c.name] as const),
    clusters[0].name,
  );
  const unitSelect = select({ name: 'unit' }, []);
  const messages = new MessageBox();
  const cardArea = el('div', { class: 'card-area' });
  let requestCount = 0;

  function fillUnits(): void {
    const cluster = clusters.find((c) => c.name === clusterSelect.value) ?? clusters[0];
    replaceChildren(unitSelect, ...cluster.units.map((u) => el('option', { value: u.code, text: unitLabel(u) })));
  }

  async function loadCard(): Promise<void> {
    const request = ++requestCount;
    replaceChildren(cardArea, loading());
    try {
      const data = await call('sidebarScoreForm', { period: periodSelect.value, unit: unitSelect.value });
      if (request !== requestCount) return;
      replaceChildren(
        cardArea,
        scoreCard(context, data, messages, () => void loadCard()),
      );
    } catch (error) {
      if (request !== requestCount) return;
      const failure = new MessageBox();
      failure.show('error', errorMessage(error));
      replaceChildren(cardArea, failure.element);
    }
  }

  const reloadFresh = () => {
    messages.clear();
    void loadCard();
  };
  periodSelect.addEventListener('change', reloadFresh);
  clusterSelect.addEventListener('change', () => {
    fillUnits();
    reloadFresh();
  });
  unitSelect.addEventListener('change', reloadFresh);
  fillUnits();
  replaceChildren(
    view,
    el('div', { class: 'row' }, field('Kỳ', periodSelect), clusters.length > 1 ? field('Cụm', clusterSelect) : null),
    field('Đơn vị', unitSelect),
    messages.element,
    cardArea,
  );
  void loadCard();
  return view;
}
