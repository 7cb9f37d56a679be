// Turns a platform suite run into the officer's short Vietnamese result and the maintainers' report saying what in the local runtime to change.
import { formatDecimal } from '../domain/text';
import type { SuiteRun } from './run';

export interface RunCounts {
  passed: number;
  failed: number;
  notRun: number;
  total: number;
}

/** Counts, the officer's lines (all passed, or what failed with the expected and the actual value) and the maintainers' report. */
export function describeRun(run: SuiteRun, at: Date): RunCounts & { summary: string; report: string } {
  const failed = run.results.filter((r) => r.ok === false);
  const passed = run.results.filter((r) => r.ok).length;
  const counts = { passed, failed: failed.length, notRun: run.results.length - passed - failed.length, total: run.results.length };
  const head = `Kiểm tra tiện ích: ${passed}/${counts.total} mục đạt${counts.notRun ? `, ${counts.notRun} mục chưa chạy vì hết giờ` : ''} (${formatDecimal(Math.round(run.elapsedMs / 100) / 10)} giây).`;
  const summary = [head, ...failed.map((r) => `• Chưa đạt: ${r.title} (${r.id}): mong đợi ${r.expected}, thực tế ${r.actual}.`)];
  if (passed < counts.total) summary.push('Hãy chép báo cáo bên dưới gửi người bảo trì.');
  const report = [
    `${head} ${at.toISOString()}; ${run.host}`,
    ...failed.map(
      (r) =>
        `CHƯA ĐẠT ${r.id}: sửa local/runtime/{${r.files}} cho giống Google, rồi sửa giá trị mong đợi của mục này trong src/platform/checks.ts.\n  runtime cục bộ: ${r.expected}\n  Google: ${r.actual}`,
    ),
  ];
  return { ...counts, summary: summary.join('\n'), report: report.join('\n\n') };
}
