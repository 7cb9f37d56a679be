// Prints chosen sheets of the local spreadsheet to one PDF through LibreOffice (soffice), the others hidden so they are left out.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LocalSpreadsheet } from './runtime/spreadsheet';
import { saveXlsx } from './xlsx';

/** A PDF that could not be written: a Vietnamese sentence saying why and what to do. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

export const NO_LIBREOFFICE =
  'Không tìm thấy LibreOffice (lệnh soffice) để ghi tệp PDF. Hãy cài LibreOffice Calc (Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui) rồi chạy lại; chưa tệp nào được ghi.';

/** True when `soffice` runs on this machine. */
export function hasLibreOffice(): boolean {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 });
  return !probe.error && probe.status === 0;
}

/**
 * Prints `sheets` (names) of the spreadsheet to PDF, each as its print setup says (local/print-setup.ts), and returns the bytes.
 * The other sheets are hidden in a temporary copy (LibreOffice does not print hidden sheets); the spreadsheet is left as it
 * was. Vietnamese number separators (1.500.000; 48,6%) come from running LibreOffice in the vi-VN locale.
 */
export async function renderSheetsPdf(spreadsheet: LocalSpreadsheet, sheets: readonly string[]): Promise<Buffer> {
  if (!hasLibreOffice()) throw new PdfError(NO_LIBREOFFICE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-doan-pdf-'));
  try {
    const models = spreadsheet._model.sheets;
    const wanted = new Set(sheets);
    if (!models.some((model) => wanted.has(model.name))) throw new PdfError(`Không có trang "${sheets.join('", "')}" để in ra PDF.`);
    const hidden = models.map((model) => model.hidden);
    const active = spreadsheet._model.active;
    const copy = path.join(dir, 'in.xlsx');
    try {
      for (const model of models) model.hidden = !wanted.has(model.name);
      spreadsheet._model.active = models.find((model) => wanted.has(model.name)) ?? active;
      await saveXlsx(spreadsheet, copy);
    } finally {
      models.forEach((model, i) => {
        model.hidden = hidden[i];
      });
      spreadsheet._model.active = active;
    }
    const converted = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, copy],
      {
        encoding: 'utf8',
        timeout: 600_000,
        env: { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8', LANGUAGE: 'vi' },
      },
    );
    const pdf = path.join(dir, 'in.pdf');
    if (converted.status !== 0 || !fs.existsSync(pdf))
      throw new PdfError(`LibreOffice không chuyển được sang PDF: ${(converted.stderr || converted.error?.message || '').trim().slice(0, 300)}`);
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** renderSheetsPdf written to `file`, whole or not at all (tests and scripts/render-doc-images.ts). */
export async function writeSheetsPdf(spreadsheet: LocalSpreadsheet, sheets: readonly string[], file: string): Promise<void> {
  const bytes = await renderSheetsPdf(spreadsheet, sheets);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
}
