// The offline command's files: the input checked by identity, every output checked before any is written, each written whole or not at all.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A file problem the officer can fix; the message is one Vietnamese line naming the file. */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileError';
  }
}

/** The identity of a file: device and inode (links to one file share them) and the resolved real path. */
interface Identity {
  dev: number;
  ino: number;
  real: string;
}

/** Where an output goes: the option that named it and the path written (a symbolic link's target). */
export interface OutputPlan {
  option: string;
  file: string;
  shown: string;
}

const show = (file: string) => path.relative(process.cwd(), file) || file;

/** Checks the input is a regular file that can be read, and returns its identity; a directory, FIFO or device is refused. */
export function checkInput(file: string): Identity {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileError(`Không tìm thấy tệp vào "${show(file)}".`);
    throw new FileError(`Không đọc được tệp vào "${show(file)}" (${code}).`);
  }
  if (stat.isDirectory()) throw new FileError(`Tệp vào "${show(file)}" là một thư mục, không phải tệp .xlsx.`);
  if (!stat.isFile()) throw new FileError(`Tệp vào "${show(file)}" không phải tệp thường (là đường ống, thiết bị hoặc socket): hãy chọn tệp .xlsx.`);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new FileError(`Không có quyền đọc tệp vào "${show(file)}".`);
  }
  return { dev: stat.dev, ino: stat.ino, real: fs.realpathSync(file) };
}

/** The nearest folder on the way to `file` that exists, with the rest of the path; a file on the way is refused. */
function existingAncestor(file: string, option: string): { folder: string; rest: string[] } {
  const rest: string[] = [];
  let folder = path.dirname(file);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new FileError(`Không dùng được thư mục "${show(folder)}" cho ${option} (${(error as NodeJS.ErrnoException).code}).`);
    }
    if (stat && !stat.isDirectory()) throw new FileError(`Không ghi được ${option} "${show(file)}": "${show(folder)}" là một tệp, không phải thư mục.`);
    if (stat) return { folder, rest };
    rest.unshift(path.basename(folder));
    const parent = path.dirname(folder);
    if (parent === folder) return { folder, rest };
    folder = parent;
  }
}

/**
 * Checks every output before anything is written: none may be the input (by path, symbolic or hard link), none may be
 * another output, each must be a regular file or not exist yet, in a folder that is a folder (missing folders are made
 * when writing). A symbolic link as output is followed: its target is written.
 */
export function planOutputs(input: Identity, outputs: { option: string; file: string }[]): OutputPlan[] {
  const seen: { option: string; real: string; id?: string }[] = [];
  return outputs.map(({ option, file }) => {
    let target = path.resolve(file);
    let identity: string | undefined;
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new FileError(`${option} "${show(file)}" là liên kết vòng.`);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new FileError(`Không dùng được ${option} "${show(file)}" (${code}).`);
    }
    if (stat) {
      if (stat.isDirectory())
        throw new FileError(
          `${option} "${show(file)}" là một thư mục; hãy ghi tên tệp, ví dụ ${path.join(show(file), option === '--json' ? 'tong-hop.json' : 'tong-hop.xlsx')}.`,
        );
      if (!stat.isFile()) throw new FileError(`${option} "${show(file)}" không phải tệp thường (là đường ống, thiết bị hoặc socket).`);
      if (stat.dev === input.dev && stat.ino === input.ino)
        throw new FileError(`${option} "${show(file)}" chính là tệp vào (hoặc một liên kết tới nó): lệnh này không bao giờ ghi đè bảng tính gốc.`);
      target = fs.realpathSync(target);
      identity = `${stat.dev}:${stat.ino}`;
    } else {
      const { folder, rest } = existingAncestor(target, option);
      target = path.join(fs.realpathSync(folder), ...rest, path.basename(target));
    }
    if (target === input.real) throw new FileError(`${option} "${show(file)}" chính là tệp vào: lệnh này không bao giờ ghi đè bảng tính gốc.`);
    const same = seen.find((s) => s.real === target || (identity !== undefined && s.id === identity));
    if (same) throw new FileError(`${option} và ${same.option} cùng chỉ tới tệp "${show(file)}": hãy chọn hai tệp khác nhau.`);
    seen.push({ option, real: target, id: identity });
    return { option, file: target, shown: show(file) };
  });
}

/**
 * Writes every output whole or not at all: each goes first to a temporary file in its own folder; only when all are
 * complete are they renamed into place (a rename within a folder replaces a file in one step). On a failure the temporary
 * files are removed and every earlier file at those paths is left as it was.
 */
export function writeOutputs(outputs: { plan: OutputPlan; content: string | Buffer }[]): void {
  const temps: { temp: string; plan: OutputPlan }[] = [];
  const fail = (plan: OutputPlan, error: unknown, done: OutputPlan[]) => {
    for (const { temp } of temps) fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const kept = done.length ? `đã ghi xong ${done.map((d) => `"${d.shown}"`).join(', ')}, các tệp khác giữ nguyên` : 'không tệp kết quả nào bị thay đổi';
    return new FileError(`Không ghi được ${plan.option} "${plan.shown}" (${code}); ${kept}.`);
  };
  for (const { plan, content } of outputs) {
    const temp = path.join(path.dirname(plan.file), `.${path.basename(plan.file)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    try {
      fs.mkdirSync(path.dirname(plan.file), { recursive: true });
      temps.push({ temp, plan });
      fs.writeFileSync(temp, content, { flag: 'wx' });
    } catch (error) {
      throw fail(plan, error, []);
    }
  }
  const done: OutputPlan[] = [];
  for (const { temp, plan } of [...temps]) {
    try {
      fs.renameSync(temp, plan.file);
    } catch (error) {
      throw fail(plan, error, done);
    }
    temps.shift();
    done.push(plan);
  }
}
