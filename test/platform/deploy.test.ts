// `npm run deploy` preflight, with each missing piece: no network, only local files (a temporary HOME for clasp's login file,
// clasp_config_project for the project file) and a stand-in for clasp where a push must be observed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/workbook';

const root = path.resolve(__dirname, '../..');
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMn';
const LOGIN = { tokens: { default: { type: 'authorized_user', client_id: 'x', client_secret: 'y', refresh_token: 'r', access_token: 'a' } } };
const API_OFF =
  'User has not enabled the Apps Script API. Enable it by visiting https://script.google.com/home/usersettings then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.';

interface Setup {
  project?: object | string | null;
  login?: object | string | null;
  clasp?: { output: string; status: number } | 'missing';
}

/** Runs scripts/deploy.mjs in a clean environment; returns its exit code, its output, and the arguments clasp got (null if clasp never ran). */
function deploy(args: string[], setup: Setup) {
  const dir = tempDir();
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, clasp_config_project: dir };
  const write = (file: string, content: object | string) => fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  if (setup.project) write(path.join(dir, '.clasp.json'), setup.project);
  if (setup.login) write(path.join(home, '.clasprc.json'), setup.login);
  const log = path.join(dir, 'clasp-args.json');
  const clasp = setup.clasp === 'missing' ? { output: '', status: 0 } : (setup.clasp ?? { output: 'Pushed 3 files at 10:00:00.', status: 0 });
  env.CONG_DOAN_CLASP = path.join(dir, 'fake-clasp.mjs');
  if (setup.clasp !== 'missing')
    fs.writeFileSync(
      env.CONG_DOAN_CLASP,
      `import fs from 'node:fs';
fs.writeFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv.slice(2)));
process.${clasp.status ? 'stderr' : 'stdout'}.write(${JSON.stringify(clasp.output)} + '\\n');
process.exit(${clasp.status});`,
    );
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/deploy.mjs'), ...args], { cwd: dir, env, encoding: 'utf8' });
  return {
    status: result.status,
    output: result.stdout + result.stderr,
    claspArgs: fs.existsSync(log) ? JSON.parse(fs.readFileSync(log, 'utf8')) : null,
    home,
  };
}

test('the placeholder script id and no clasp login: each said in Vietnamese with the next command, nothing pushed', () => {
  const { status, output, claspArgs, home } = deploy(['--check'], { project: { scriptId: 'THAY_BANG_SCRIPT_ID_CUA_BAN', rootDir: 'dist' } });
  expect(status).toBe(1);
  expect(output).toContain('✗ Mã dự án Apps Script (scriptId) trong .clasp.json vẫn là chỗ trống mẫu "THAY_BANG_SCRIPT_ID_CUA_BAN".');
  expect(output).toContain('npx clasp create-script --type sheets --title "Công đoàn" --rootDir dist');
  expect(output).toContain(`✗ Chưa đăng nhập Google cho clasp (không thấy thông tin đăng nhập trong ${path.join(home, '.clasprc.json')}).`);
  expect(output).toContain('Làm tiếp: npx clasp login');
  expect(output).toContain('Apps Script API: chỉ biết khi đẩy mã');
  expect(output).toContain('Chưa triển khai: làm các mục ✗ ở trên rồi chạy lại npm run deploy -- --check.');
  expect(output).not.toMatch(/No credentials found|Error|at .*\.mjs/);
  expect(claspArgs).toBeNull();
});

test.each([
  ['no .clasp.json', null, 'Chưa có tệp .clasp.json', 'npx clasp create-script'],
  ['.clasp.json that is not JSON', '{ scriptId: ', 'Tệp .clasp.json không đọc được (không phải JSON hợp lệ).', '{"scriptId": "…", "rootDir": "dist"}'],
  ['an empty script id', { scriptId: '', rootDir: 'dist' }, 'Mã dự án Apps Script (scriptId) trong .clasp.json còn trống.', 'Cài đặt dự án'],
  ['a script id of the wrong shape', { scriptId: 'abc 123', rootDir: 'dist' }, 'không đúng dạng: "abc 123"', 'Mã tập lệnh'],
  ['a project that would push the sources', { scriptId: SCRIPT_ID, rootDir: 'src' }, '"rootDir": "dist"', `{"scriptId": "${SCRIPT_ID}", "rootDir": "dist"}`],
])('%s is refused before anything is built or pushed, even when logged in', (_, project, what, next) => {
  const { status, output, claspArgs } = deploy([], { project, login: LOGIN });
  expect(status).toBe(1);
  expect(output).toMatch(/^ {2}✗ /m);
  expect(output).toContain(what);
  expect(output).toContain(next);
  expect(output).toContain('✓ Đã đăng nhập Google cho clasp');
  expect(output).not.toContain('Đang build');
  expect(claspArgs).toBeNull();
});

test("with a real script id and a clasp login (clasp 3 tokens, or an older clasp's), --check says ready and pushes nothing", () => {
  for (const login of [LOGIN, { access_token: 'a', refresh_token: 'r', token_type: 'Bearer' }]) {
    const { status, output, claspArgs } = deploy(['--check'], { project: { scriptId: SCRIPT_ID, rootDir: 'dist' }, login });
    expect(status).toBe(0);
    expect(output).toContain(`✓ Mã dự án Apps Script: ${SCRIPT_ID} (.clasp.json).`);
    expect(output).toContain('✓ Đã đăng nhập Google cho clasp');
    expect(output).toContain('Sẵn sàng: chạy npm run deploy để build và đẩy mã lên Apps Script.');
    expect(claspArgs).toBeNull();
  }
});

test('clasp not installed is said with the command that installs it', () => {
  const { status, output } = deploy(['--check'], { project: { scriptId: SCRIPT_ID, rootDir: 'dist' }, login: LOGIN, clasp: 'missing' });
  expect(status).toBe(1);
  expect(output).toMatch(/✗ Chưa có công cụ clasp \(không thấy .*fake-clasp\.mjs\)\.\n {4}Làm tiếp: npm install/);
});

test('a credentials file without a token, or unreadable, is no login', () => {
  for (const login of [{ tokens: {} }, 'not json']) {
    const { status, output } = deploy(['--check'], { project: { scriptId: SCRIPT_ID, rootDir: 'dist' }, login });
    expect(status).toBe(1);
    expect(output).toContain('✗ Chưa đăng nhập Google cho clasp');
  }
});

test("the Apps Script API switched off: clasp's refusal is said in Vietnamese with the link, and clasp's own words follow for maintainers", () => {
  const { status, output, claspArgs } = deploy([], { project: { scriptId: SCRIPT_ID, rootDir: 'dist' }, login: LOGIN, clasp: { output: API_OFF, status: 1 } });
  expect(claspArgs).toEqual(['push', '--force']);
  expect(status).toBe(1);
  expect(output).toContain(
    'Apps Script API chưa được bật cho tài khoản Google này.\nLàm tiếp: mở https://script.google.com/home/usersettings, bật "Google Apps Script API", đợi vài phút rồi chạy lại: npm run deploy.',
  );
  expect(output).toContain(`Chi tiết từ clasp (cho người bảo trì): ${API_OFF}`);
});

/** explainClaspFailure from scripts/deploy-checks.mjs, run in node for each clasp output (jest loads no ES modules). */
function explainAll(outputs: string[]): string[] {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { explainClaspFailure } from ${JSON.stringify(path.join(root, 'scripts/deploy-checks.mjs'))};
     console.log(JSON.stringify(JSON.parse(process.argv[1]).map(explainClaspFailure)));`,
      JSON.stringify(outputs),
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(result.stdout);
}

test('each way clasp fails is said in Vietnamese with the next step, its own text kept after it', () => {
  const cases: [string, string][] = [
    ['Requested entity was not found.', 'Không tìm thấy dự án Apps Script có mã ghi trong .clasp.json'],
    ['The caller does not have permission', 'không có quyền sửa dự án Apps Script này'],
    ['invalid_grant', 'Phiên đăng nhập clasp đã hết hạn'],
    ['request to https://script.googleapis.com failed, reason: getaddrinfo ENOTFOUND script.googleapis.com', 'Không kết nối được tới máy chủ Google.'],
    ['Syntax error: SyntaxError: Unexpected token line: 3 file: Code', 'lỗi cú pháp'],
    ['Push failed. Errors:\nInvalid manifest: unknown field "foo"', 'Apps Script không nhận tệp appsscript.json.'],
    ['Something nobody expected', 'clasp báo lỗi khi đẩy mã.'],
  ];
  const explained = explainAll(cases.map(([output]) => output));
  cases.forEach(([output, vietnamese], i) => {
    expect(explained[i]).toContain(vietnamese);
    expect(explained[i]).toMatch(/\nLàm tiếp: .+\.\n/);
    expect(explained[i].endsWith(`Chi tiết từ clasp (cho người bảo trì): ${output}`)).toBe(true);
  });
});

test('a successful push builds dist/, pushes with --force and says so in Vietnamese', () => {
  const { status, output, claspArgs } = deploy([], { project: { scriptId: SCRIPT_ID, rootDir: 'dist' }, login: LOGIN });
  expect(claspArgs).toEqual(['push', '--force']);
  expect(status).toBe(0);
  expect(output).toContain('Đã đẩy 3 tệp lên Apps Script.');
  expect(output).toContain('(clasp: Pushed 3 files at 10:00:00.)');
});

test('the real clasp 3.4.1 without a project file or a login fails with its own English lines, which the preflight translates', () => {
  const home = tempDir();
  const real = (cwd: string) =>
    spawnSync(process.execPath, [path.join(root, 'node_modules/@google/clasp/build/src/index.js'), 'push', '--force'], {
      cwd,
      env: { PATH: process.env.PATH, HOME: home },
      encoding: 'utf8',
    });
  const outside = real(home);
  const inRepository = real(root);
  expect([outside.status, outside.stderr.trim(), inRepository.status, inRepository.stderr.trim()]).toEqual([
    1,
    'Project settings not found.',
    1,
    'No credentials found.',
  ]);
  const [noProject, noLogin] = explainAll([outside.stderr, inRepository.stderr]);
  expect(noProject).toBe(
    'clasp không tìm thấy tệp .clasp.json.\nLàm tiếp: chạy: npx clasp create-script --type sheets --title "Công đoàn" --rootDir dist.\nChi tiết từ clasp (cho người bảo trì): Project settings not found.',
  );
  expect(noLogin).toBe(
    'Chưa đăng nhập Google cho clasp.\nLàm tiếp: chạy: npx clasp login, rồi chạy lại: npm run deploy.\nChi tiết từ clasp (cho người bảo trì): No credentials found.',
  );
});

test('an unknown option is refused in Vietnamese', () => {
  const { status, output } = deploy(['--chek'], { project: { scriptId: SCRIPT_ID, rootDir: 'dist' }, login: LOGIN });
  expect(status).toBe(1);
  expect(output).toContain('Tùy chọn không rõ: --chek.');
});
