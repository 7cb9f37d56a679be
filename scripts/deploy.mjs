// `npm run deploy`: checks the script id and clasp's login, builds dist/, pushes it with clasp and says every outcome in Vietnamese.
// `npm run deploy -- --check` only checks. Exit code 0 when ready (or pushed), 1 when something must be done first.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_NOTE, checkClasp, checkLogin, checkProject, credentialsFile, explainClaspFailure, explainClaspSuccess, projectFile } from './deploy-checks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');

if (args.some((a) => a !== '--check')) {
  console.error(
    `Tùy chọn không rõ: ${args.filter((a) => a !== '--check').join(' ')}. Dùng: npm run deploy (kiểm tra, build rồi đẩy mã) hoặc npm run deploy -- --check (chỉ kiểm tra).`,
  );
  process.exit(1);
}

/** The clasp the project installs (CONG_DOAN_CLASP may name another clasp entry file, run with node: a global install, or a test double). */
const clasp = process.env.CONG_DOAN_CLASP || path.join(root, 'node_modules/@google/clasp/build/src/index.js');

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? result.error.message : ''}` };
}

const checks = [checkClasp(clasp), checkProject(projectFile(root)), checkLogin(credentialsFile())];
console.log('Kiểm tra trước khi triển khai:');
for (const check of checks) {
  console.log(`  ${check.ok ? '✓' : '✗'} ${check.what}`);
  if (!check.ok) console.log(`    Làm tiếp: ${check.next}`);
  if (check.detail) console.log(`    Chi tiết: ${check.detail}`);
}
console.log(`  • ${API_NOTE}`);

if (checks.some((c) => !c.ok)) {
  console.log(`\nChưa triển khai: làm các mục ✗ ở trên rồi chạy lại ${checkOnly ? 'npm run deploy -- --check' : 'npm run deploy'}.`);
  process.exit(1);
}
if (checkOnly) {
  console.log('\nSẵn sàng: chạy npm run deploy để build và đẩy mã lên Apps Script.');
  process.exit(0);
}

console.log('\nĐang build dist/…');
const build = run(process.execPath, [path.join(root, 'scripts/build.mjs'), '--quiet']);
if (!build.ok) {
  console.log(
    `Build không thành công; chưa đẩy gì lên Apps Script.\nLàm tiếp: chạy npm test để xem lỗi, sửa rồi chạy lại npm run deploy.\nChi tiết: ${build.output.trim()}`,
  );
  process.exit(1);
}
console.log('Đang đẩy mã lên Apps Script (clasp push)…');
const push = run(process.execPath, [clasp, 'push', '--force']);
// clasp 2 printed some failures and still exited 0 ("Push failed. Errors: …"); treat those as failures too.
if (!push.ok || /Push failed|has not enabled the Apps Script API/i.test(push.output)) {
  console.log(explainClaspFailure(push.output));
  process.exit(1);
}
console.log(explainClaspSuccess(push.output));
