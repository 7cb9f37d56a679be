// The users of the concurrency tests and their saves on the sidebar fixture, each with the row and Nhật ký content worked out by hand.
import { ADMIN, card, LEADER, ledgerLine, OFFICER, visit } from '../app/sidebar-api.fixture';
import { ANY_TIME, SCORE_SHEET, type SaveSpec } from './interleave.fixture';

/** The cells every score row of CD002 for 2024 has; "Thời điểm" holds the save's time (the fixture's sheet lacks it: the first save adds it). */
function scoreCells(form: string, scorer: string, note: string): Record<string, unknown> {
  return { 'Mã đơn vị': 'CD002', Kỳ: '2024', 'Hình thức': form, 'Người chấm': scorer, 'Ghi chú': note, 'Thời điểm': ANY_TIME };
}

/** A cụm trưởng's card for CD002, as card() fills it: TC01 9, TC02 "17,5". */
export function leaderScore(name: string, note: string): SaveSpec {
  return {
    name,
    user: LEADER,
    sheet: SCORE_SHEET,
    action: 'Lưu điểm Cụm trưởng',
    save: (addin) => addin.sidebarSaveScore({ ...card('CD002', 'leader'), note }),
    expected: () => ({
      cells: { ...scoreCells('Cụm trưởng', LEADER, note), TC02: 17.5, TC01: 9, TC03: 0, TC04: 0, DK01: 1 },
      content: { Kỳ: '2024', 'Mã đơn vị': 'CD002', 'Hình thức': 'Cụm trưởng', 'Người chấm': LEADER, TC01: 9, TC02: 17.5, TC03: 0, TC04: 0, DK01: 1, 'Ghi chú': note },
    }),
  };
}

/** CD002's officer self-scores the same unit and period: TC01 "7,5", TC02 12, TC03 1. */
export function officerSelfScore(name: string, note: string): SaveSpec {
  return {
    name,
    user: OFFICER,
    sheet: SCORE_SHEET,
    action: 'Lưu điểm Tự chấm',
    save: (addin) => addin.sidebarSaveScore({ period: '2024', unit: 'CD002', form: 'self', scores: { TC01: '7,5', TC02: 12, TC03: 1, TC04: 0, DK01: 1 }, note }),
    expected: () => ({
      cells: { ...scoreCells('Tự chấm', OFFICER, note), TC02: 12, TC01: 7.5, TC03: 1, TC04: 0, DK01: 1 },
      content: { Kỳ: '2024', 'Mã đơn vị': 'CD002', 'Hình thức': 'Tự chấm', 'Người chấm': OFFICER, TC01: 7.5, TC02: 12, TC03: 1, TC04: 0, DK01: 1, 'Ghi chú': note },
    }),
  };
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
      cells: { Ngày: '2024-03-09T17:00:00.000Z', 'Mã đơn vị': 'CD002', 'Người được thăm': 'Trần Thị Cúc', 'Lý do': 'Thai sản', 'Số tiền': 1_500_000, Quỹ: 'Quỹ CĐCS', 'Người đi thăm': 'Lê Hoa', 'Ghi chú': note },
      content: { Ngày: '10/03/2024', 'Mã đơn vị': 'CD002', 'Người được thăm': 'Trần Thị Cúc', 'Lý do': 'Thai sản', 'Số tiền': 1_500_000, Quỹ: 'Quỹ CĐCS', 'Người đi thăm': 'Lê Hoa', 'Ghi chú': note },
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
        cells: { Ngày: '2024-03-11T17:00:00.000Z', 'Số chứng từ': voucher, Quỹ: 'Quỹ CĐCS', Loại: 'Chi', 'Khoản mục': 'Khen thưởng', 'Số tiền': 750_000, 'Diễn giải': description },
        content: { Ngày: '12/03/2024', 'Số chứng từ': voucher, Quỹ: 'Quỹ CĐCS', Loại: 'Chi', 'Khoản mục': 'Khen thưởng', 'Số tiền': 750_000, 'Diễn giải': description },
      };
    },
  };
}
