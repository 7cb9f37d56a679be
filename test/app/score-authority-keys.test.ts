// Authority when counting compares unit codes with the code key (diacritics count): CĐ01 and CD01 are two units, never one.
import { readRoleEntries } from '../../src/app/roles';
import { checkScoreAuthority } from '../../src/app/score-authority';
import type { ScoreRow, Unit } from '../../src/domain/types';
import { defaultSettings } from '../../src/workbook/settings';

const unit = (code: string, cluster: string, row: number): Unit => ({ code, name: `Trường ${code}`, cluster, members: 10, workers: 10, newMembers: 0, row });
const UNITS = [unit('CĐ01', 'Cụm 1', 2), unit('CĐ02', 'Cụm 1', 3), unit('CD01', 'Cụm 2', 4)];
const LEADER = 'truong.cum1@cd.vn';
const row = (code: string, sheetRow: number): ScoreRow => ({
  period: '2024',
  unit: code,
  form: 'leader',
  scorer: LEADER,
  scores: { TC01: 10 },
  note: '',
  row: sheetRow,
});

test('the leader of Cụm 1 may score CĐ01 of their cluster, not CD01 of Cụm 2, though the two codes differ only by a diacritic', () => {
  const { entries } = readRoleEntries(
    [
      ['Email', 'Vai trò', 'Cụm', 'Mã đơn vị'],
      [LEADER, 'Cụm trưởng', 'Cụm 1', 'CĐ02'],
    ],
    UNITS,
  );
  const { counted, warnings } = checkScoreAuthority([row('CĐ01', 2), row('cđ01 ', 3), row('CD01', 4)], entries, UNITS, defaultSettings(), 'D');
  expect(counted.map((r) => r.row)).toEqual([2, 3]);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatchObject({ cell: 'D4' });
  expect(warnings[0].message).toContain('CD01 (Cụm 2)');
});
