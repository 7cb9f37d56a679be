// CLI: writes the large benchmark workbook (2,000 units, 100,000 visits, …): `npx tsx bench/generate-large.ts [OUT.xlsx] [--scale F]`.
import { resolve } from 'node:path';
import { generateUnionBook, LARGE_OPTIONS, scaleOptions } from '../examples/generator';
import { streamUnionBookXlsx } from '../examples/write-xlsx';

const DEFAULT_PATH = 'out/lon.xlsx';

/** Generates and streams the large workbook (optionally scaled) to path; returns the sheet row counts and the time taken. */
export async function writeLargeBook(path: string, scale = 1): Promise<{ rows: Record<string, number>; seconds: number }> {
  const started = Date.now();
  const book = generateUnionBook(scale === 1 ? LARGE_OPTIONS : scaleOptions(LARGE_OPTIONS, scale));
  await streamUnionBookXlsx(book, path);
  const rows = Object.fromEntries(Object.entries(book).map(([sheet, values]) => [sheet, values.length - 1]));
  return { rows, seconds: (Date.now() - started) / 1000 };
}

async function main(args: string[]): Promise<void> {
  const scaleAt = args.indexOf('--scale');
  const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
  if (!(scale > 0)) throw new Error('--scale cần một số dương, ví dụ --scale 0.1');
  const path = resolve(args.find((arg, i) => !arg.startsWith('--') && (scaleAt < 0 || i !== scaleAt + 1)) ?? DEFAULT_PATH);
  const { rows, seconds } = await writeLargeBook(path, scale);
  console.log(`Đã ghi ${path} trong ${seconds.toFixed(1)} s (bộ nhớ đỉnh ~${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
  for (const [sheet, count] of Object.entries(rows)) console.log(`  ${sheet}: ${count} dòng`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
