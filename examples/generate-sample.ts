// CLI: regenerates the bundled sample workbook examples/mau-cong-doan.xlsx from its fixed seed (`npx tsx examples/generate-sample.ts`).
import { join } from 'node:path';
import { badVisitCells, generateUnionBook, SAMPLE_OPTIONS } from './generator';
import { writeUnionBookXlsx } from './write-xlsx';

export const SAMPLE_PATH = join(__dirname, 'mau-cong-doan.xlsx');

async function main(): Promise<void> {
  const book = generateUnionBook(SAMPLE_OPTIONS);
  await writeUnionBookXlsx(book, SAMPLE_PATH);
  console.log(`Đã ghi ${SAMPLE_PATH}`);
  for (const [sheet, rows] of Object.entries(book)) console.log(`  ${sheet}: ${rows.length - 1} dòng`);
  for (const bad of badVisitCells(SAMPLE_OPTIONS)) console.log(`  Dòng cố ý sai: ${bad.sheet}!${bad.cell} = "${bad.value}" (${bad.why})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
