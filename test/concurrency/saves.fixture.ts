// The users of the concurrency tests and their saves on the sidebar fixture, each with the row and Nhật ký content worked out by hand.
import { ADMIN, card, LEADER, ledgerLine, OFFICER, visit } from '../app/sidebar-api.fixture';
import { ANY_TIME, SCORE_SHEET, type SaveSpec } from './interleave.fixture';

/** A score card for CD002, 2024: `entered` as the sidebar sends it, `points` the numbers it must become (worked out by hand). */
function scoreSave(
  name: string,
  user: string,
  form: string,
  formName: string,
  entered: Record<string, unknown>,
  points: Record<string, number>,
  note: string,
): SaveSpec {
  return {
    name,
    user,
    sheet: SCORE_SHEET,
    action: `Lưu điểm ${formName}`,
    save: (addin) => addin.sidebarSaveScore({ period: '2024', unit: 'CD002', form, scores: entered, note }),
    expected: () => {
      const fields = { Kỳ: '2024', 'Mã đơn vị': 'CD002', 'Hình thức': formName, 'Người chấm': user, ...points, 'Ghi chú': note };
      // The row has the same fields under the sheet's headers, and "Thời điểm" (the fixture lacks it: the first save adds it).
      return { cells: { ...fields, 'Thời điểm': ANY_TIME }, content: fields };
    },
  };
}

/** A cụm trưởng's card for CD002, as card() fills it: TC01 9, TC02 "17,5" (17.5), TC03 0, TC04 0, DK01 1. */
export function leaderScore(name: string, note: string): SaveSpec {
  return scoreSave(
    name,
    LEADER,
    'leader',
    'Cụm trưởng',
    card('CD002', 'leader').scores as Record<string, unknown>,
    { TC01: 9, TC02: 17.5, TC03: 0, TC04: 0, DK01: 1 },
    note,
  );
}

/** CD002's officer self-scores the same unit and period: TC01 "7,5" (7.5), TC02 12, TC03 1. */
export function officerSelfScore(name: string, note: string): SaveSpec {
  return scoreSave(
    name,
    OFFICER,
    'self',
    'Tự chấm',
    { TC01: '7,5', TC02: 12, TC03: 1, TC04: 0, DK01: 1 },
    { TC01: 7.5, TC02: 12, TC03: 1, TC04: 0, DK01: 1 },
    note,
  );
}

/** CD002's officer records a visit on 10/03/2024: a Date at midnight in Asia/Ho_Chi_Minh (UTC+7), i.e. 09/03 17:00 UTC. */
export function officerVisit(name: string, note: string): SaveSpec {
  return {
    name,
    user: OFFICER,
    sheet: 'Thăm hỏi',
    action: 'Ghi thăm hỏi',
    save: (addin) => addin.sidebarSaveVisit({ ...visit('CD002'), note }),
    expected: () => ({
      cells: {
        Ngày: '2024-03-09T17:00:00.000Z',
        'Mã đơn vị': 'CD002',
        'Người được thăm': 'Trần Thị Cúc',
        'Lý do': 'Thai sản',
        'Số tiền': 1_500_000,
        Quỹ: 'Quỹ CĐCS',
        'Người đi thăm': 'Lê Hoa',
        'Ghi chú': note,
      },
      content: {
        Ngày: '10/03/2024',
        'Mã đơn vị': 'CD002',
        'Người được thăm': 'Trần Thị Cúc',
        'Lý do': 'Thai sản',
        'Số tiền': 1_500_000,
        Quỹ: 'Quỹ CĐCS',
        'Người đi thăm': 'Lê Hoa',
        'Ghi chú': note,
      },
    }),
  };
}

/**
 * The admin records a payment with a blank voucher: Thu chi's last payment voucher is PC007, so the first payment saved gets
 * PC008 and the next PC009; `order` is this save's place among the successful ones (by row).
 */
export function adminPayment(name: string, description: string): SaveSpec {
  return {
    name,
    user: ADMIN,
    sheet: 'Thu chi',
    action: 'Ghi phiếu chi',
    save: (addin) => addin.sidebarSaveLedger({ ...ledgerLine(), description }),
    expected: (order) => {
      const voucher = `PC00${8 + order}`;
      return {
        cells: {
          Ngày: '2024-03-11T17:00:00.000Z',
          'Số chứng từ': voucher,
          Quỹ: 'Quỹ CĐCS',
          Loại: 'Chi',
          'Khoản mục': 'Khen thưởng',
          'Số tiền': 750_000,
          'Diễn giải': description,
        },
        content: {
          Ngày: '12/03/2024',
          'Số chứng từ': voucher,
          Quỹ: 'Quỹ CĐCS',
          Loại: 'Chi',
          'Khoản mục': 'Khen thưởng',
          'Số tiền': 750_000,
          'Diễn giải': description,
        },
      };
    },
  };
}
