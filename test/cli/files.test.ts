// The offline command's files (issue 11): no output touches the input or another output, bad paths exit 1 in one line, outputs are whole or absent.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { failureLines, runOffline } from '../../local/cli';
import { checkInput, FileError, planOutputs, writeOutputs } from '../../local/output-files';
import { tempDir, xlsxWith } from '../helpers/workbook';

const root = path.resolve(__dirname, '../..');
const BOOK = {
  'Đơn vị': [
    ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
    ['U1', 'Trường A', 'Cụm 1'],
  ],
  'Chấm điểm': [
    ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm'],
    ['2020', 'U1', 'Tự chấm', 'a@b.vn'],
  ],
};
const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The command as an officer runs it: exit code and both streams. */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', 'local/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

let input: string;
let inputDigest: string;
beforeAll(async () => {
  input = await xlsxWith(BOOK);
  inputDigest = digest(input);
});
afterEach(() => expect(digest(input)).toBe(inputDigest));

describe('no output is the input or another output, however it is spelled', () => {
  const refused = async (output: string, json: string | undefined, message: string) => {
    await expect(runOffline({ input, output, json })).rejects.toThrow(message);
  };

  test('--output or --json equal to the input, by the same path or another spelling of it', async () => {
    await refused(input, undefined, '--output');
    await refused(path.join(path.dirname(input), '.', '..', path.basename(path.dirname(input)), path.basename(input)), undefined, 'chính là tệp vào');
    await refused(path.join(tempDir(), 'a.xlsx'), input, '--json');
  });

  test('a symbolic link or a hard link to the input, as --output or --json', async () => {
    const dir = tempDir();
    fs.symlinkSync(input, path.join(dir, 'symbolic.xlsx'));
    fs.linkSync(input, path.join(dir, 'hard.xlsx'));
    await refused(path.join(dir, 'symbolic.xlsx'), undefined, 'chính là tệp vào');
    await refused(path.join(dir, 'hard.xlsx'), undefined, 'chính là tệp vào');
    await refused(path.join(dir, 'out.xlsx'), path.join(dir, 'hard.xlsx'), 'chính là tệp vào');
    // A symbolic link to the input's folder spells the input another way.
    fs.symlinkSync(path.dirname(input), path.join(dir, 'folder'));
    await refused(path.join(dir, 'folder', path.basename(input)), undefined, 'chính là tệp vào');
  });

  test('--json equal to --output: same path, a link to it, or a file not made yet spelled two ways', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'ket-qua.xlsx');
    await refused(output, output, '--json và --output cùng chỉ tới tệp');
    await refused(output, path.join(dir, 'sub', '..', 'ket-qua.xlsx'), 'cùng chỉ tới tệp');
    fs.writeFileSync(output, 'cũ');
    fs.symlinkSync(output, path.join(dir, 'link.json'));
    fs.linkSync(output, path.join(dir, 'hard.json'));
    await refused(output, path.join(dir, 'link.json'), 'cùng chỉ tới tệp');
    await refused(output, path.join(dir, 'hard.json'), 'cùng chỉ tới tệp');
    expect(fs.readFileSync(output, 'utf8')).toBe('cũ');
  });

  test('a symbolic link to another file as --output is followed: the link stays and its target holds the copy', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'that.xlsx');
    fs.writeFileSync(target, 'cũ');
    fs.symlinkSync(target, path.join(dir, 'link.xlsx'));
    await runOffline({ input, output: path.join(dir, 'link.xlsx') });
    expect(fs.lstatSync(path.join(dir, 'link.xlsx')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target).readUInt32LE(0)).toBe(0x04034b50);
  });
});

describe('paths that are not files exit 1 with one Vietnamese line and write nothing', () => {
  test('--input a folder, a FIFO, a device, a missing file', () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'ong.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const cases: [string, string][] = [
      [dir, 'là một thư mục'],
      [fifo, 'không phải tệp thường'],
      ['/dev/zero', 'không phải tệp thường'],
      [path.join(dir, 'khong-co', 'bang.xlsx'), 'Không tìm thấy tệp vào'],
    ];
    for (const [file, message] of cases) {
      const output = path.join(dir, 'out.xlsx');
      const run = cli(['--input', file, '--output', output]);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(output)).toBe(false);
    }
  });

  test('--output under a file, --json a folder: refused before anything is written', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ghi-chu.txt');
    fs.writeFileSync(file, 'x');
    const under = cli(['--input', input, '--output', path.join(file, 'out.xlsx'), '--json', path.join(dir, 'a.json')]);
    expect(under.status).toBe(1);
    expect(under.stderr.trim()).toMatch(/^Lỗi: Không ghi được --output ".*out\.xlsx": ".*ghi-chu\.txt" là một tệp, không phải thư mục\.$/);
    expect(fs.existsSync(path.join(dir, 'a.json'))).toBe(false);
    const folder = cli(['--input', input, '--output', path.join(dir, 'b.xlsx'), '--json', dir]);
    expect(folder.status).toBe(1);
    expect(folder.stderr.trim()).toMatch(/^Lỗi: --json ".*" là một thư mục; hãy ghi tên tệp/);
    expect(fs.existsSync(path.join(dir, 'b.xlsx'))).toBe(false);
  });

  test('an old .xls or a password-protected workbook (an OLE file, not a zip) is named as such', async () => {
    const ole = path.join(tempDir(), 'co-mat-khau.xlsx');
    fs.writeFileSync(ole, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]));
    await expect(runOffline({ input: ole, output: path.join(tempDir(), 'x.xlsx') })).rejects.toThrow(
      '"co-mat-khau.xlsx": đây là tệp .xls cũ hoặc tệp có mật khẩu',
    );
  });

  test('a missing folder for the outputs is made', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'moi', 'sau', 'ket-qua.xlsx');
    await runOffline({ input, output, json: path.join(dir, 'moi', 'ket-qua.json') });
    expect(fs.readFileSync(output).readUInt32LE(0)).toBe(0x04034b50);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'moi', 'ket-qua.json'), 'utf8')).units).toBe(1);
  });

  test('a bad option and a missing value exit 1 naming them', () => {
    const bad = cli(['--inptu', input]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('Lỗi: Tham số không hợp lệ: "--inptu". Xem: npm start -- --help');
    const missing = cli(['--input', input, '--output']);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('Lỗi: Thiếu giá trị cho --output (cần KẾT_QUẢ.xlsx).');
  });
});

describe('each output is whole or absent', () => {
  test('a failure in the middle leaves every earlier file at those paths as it was, and no temporary file', () => {
    const dir = tempDir();
    const first = path.join(dir, 'ket-qua.xlsx');
    const second = path.join(dir, 'json', 'ket-qua.json');
    fs.writeFileSync(first, 'bản cũ');
    const plans = planOutputs(checkInput(input), [
      { option: '--output', file: first },
      { option: '--json', file: second },
    ]);
    // Between the checks and the writing, the JSON's folder becomes a file: its temporary file cannot be made.
    fs.writeFileSync(path.join(dir, 'json'), 'chắn đường');
    expect(() =>
      writeOutputs([
        { plan: plans[0], content: 'bản mới' },
        { plan: plans[1], content: '{}' },
      ]),
    ).toThrow(FileError);
    expect(() =>
      writeOutputs([
        { plan: plans[0], content: 'bản mới' },
        { plan: plans[1], content: '{}' },
      ]),
    ).toThrow('không tệp kết quả nào bị thay đổi');
    expect(fs.readFileSync(first, 'utf8')).toBe('bản cũ');
    expect(fs.readdirSync(dir).sort()).toEqual(['json', 'ket-qua.xlsx']);
  });

  test('an unusable workbook leaves an earlier output untouched', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'ket-qua.xlsx');
    fs.writeFileSync(output, 'bản cũ');
    const broken = await xlsxWith({ 'Tiêu chí': [['Mã tiêu chí'], ['TC1']] });
    await expect(runOffline({ input: broken, output })).rejects.toThrow('Không tìm thấy trang tính "Đơn vị"');
    expect(fs.readFileSync(output, 'utf8')).toBe('bản cũ');
    expect(fs.readdirSync(dir)).toEqual(['ket-qua.xlsx']);
  });

  test('an unexpected failure is one Vietnamese line and its detail, never a stack trace', () => {
    const error = new TypeError('x is not a function\n    at somewhere (file.ts:1:1)');
    expect(failureLines(error)).toEqual([
      'Lỗi ngoài dự kiến: lệnh dừng lại, không tệp kết quả nào bị thay đổi. Hãy gửi dòng dưới đây cho người bảo trì.',
      'Chi tiết: TypeError: x is not a function',
    ]);
  });
});

test('--help prints the options, the exit codes and an example, in Vietnamese, and exits 0', () => {
  const help = cli(['--help']);
  expect(help.status).toBe(0);
  for (const option of ['--input', '--period', '--output', '--json', '--help']) expect(help.stdout).toContain(option);
  expect(help.stdout).toContain('Mã thoát:');
  expect(help.stdout).toMatch(/^\s+0\s+thành công/m);
  expect(help.stdout).toMatch(/^\s+1\s+có lỗi/m);
  expect(help.stdout).toMatch(/Ví dụ:\n\s+npm start -- --input \S+\.xlsx/);
});
