// Tests of the option reading the local commands share (local/command-options.ts), as npm run preview uses it.
import { OptionsError, readOptions } from '../../local/command-options';
import { parsePreviewArgs } from '../../local/preview';

const USAGE = 'Cách dùng: lệnh [--input TỆP] [--port SỐ]';
const NAMES = ['input', 'port'] as const;

describe('readOptions', () => {
  test('"--name value" and "--name=value", each option kept by its name', () => {
    expect(readOptions(['--input', 'a.xlsx', '--port=9000'], NAMES, USAGE)).toEqual({ input: 'a.xlsx', port: '9000' });
    expect(readOptions([], NAMES, USAGE)).toEqual({});
    expect(readOptions(['--input=tên có dấu cách.xlsx'], NAMES, USAGE)).toEqual({ input: 'tên có dấu cách.xlsx' });
  });

  test('--help or -h anywhere asks for the usage', () => {
    expect(readOptions(['--input', 'a.xlsx', '--help'], NAMES, USAGE)).toBe('help');
    expect(readOptions(['-h'], NAMES, USAGE)).toBe('help');
  });

  test.each([
    [['--output', 'b.xlsx'], 'Tham số không hợp lệ: "--output".'],
    [['a.xlsx'], 'Tham số không hợp lệ: "a.xlsx".'],
    [['--input'], 'Thiếu giá trị cho --input.'],
    [['--port='], 'Thiếu giá trị cho --port.'],
  ])('%p is refused in Vietnamese, with the usage after it', (argv, sentence) => {
    expect(() => readOptions(argv, NAMES, USAGE)).toThrow(new OptionsError(`${sentence}\n${USAGE}`));
  });
});

describe('parsePreviewArgs', () => {
  test('port as a number, input and user as given', () => {
    expect(parsePreviewArgs(['--port', '0', '--input', 'x.xlsx', '--user=a@b.vn'])).toEqual({ port: 0, input: 'x.xlsx', user: 'a@b.vn' });
    expect(parsePreviewArgs([])).toEqual({ port: undefined, input: undefined, user: undefined });
  });

  test('a port that is not a number from 0 to 65535 is refused', () => {
    expect(() => parsePreviewArgs(['--port', 'tám'])).toThrow(/^Cổng không hợp lệ: "tám"/);
    expect(() => parsePreviewArgs(['--port', '70000'])).toThrow(/^Cổng không hợp lệ: "70000"/);
  });
});
