// The names of the contract's sheets (docs/contract.md); the domain names them in its warnings, the workbook layer finds sheets by them.

export const SHEET = {
  units: 'Đơn vị',
  rubric: 'Tiêu chí',
  scores: 'Chấm điểm',
  visits: 'Thăm hỏi',
  ledger: 'Thu chi',
  funds: 'Quỹ',
  awards: 'Khen thưởng',
  settings: 'Cài đặt',
  roles: 'Phân quyền',
  log: 'Nhật ký',
} as const;
