// Use case "Kiểm tra tiện ích": runs the platform suite in the officer's own spreadsheet and shows the result with a copyable report.
import { describeRun, type RunCounts } from '../platform/report';
import { runPlatformSuite } from '../platform/run';

/** What runSelfTest returns: counts, the officer's short Vietnamese result and the maintainers' report (plain values). */
export interface SelfTestResult extends RunCounts {
  summary: string;
  report: string;
}

/** Runs the suite against the Apps Script globals (the local runtime's when the tests load dist/Code.js). */
export function selfTest(): SelfTestResult {
  return describeRun(runPlatformSuite({ SpreadsheetApp, LockService, PropertiesService, CacheService, Utilities, Session }), new Date());
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A dialog (it does not suspend the script) with the result and the report in a read-only box that selects itself when clicked. */
export function showSelfTest(result: SelfTestResult): void {
  const html = `<pre style="white-space:pre-wrap">${escapeHtml(result.summary)}</pre>Báo cáo cho người bảo trì (bấm vào ô, rồi Ctrl+C để chép):<textarea readonly rows=12 style=width:100% onfocus=select()>${escapeHtml(result.report)}</textarea>`;
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(560).setHeight(460), 'Kiểm tra tiện ích');
}
