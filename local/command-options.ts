// Reads the options of the local commands (npm start, npm run preview): "--name value" or "--name=value", refused in Vietnamese.

/** A command line the command cannot use: its message is one Vietnamese sentence followed by the usage. */
export class OptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptionsError';
  }
}

/**
 * The values of the named options, each given once at most ("--port 9000" or "--port=9000"); 'help' for --help or -h.
 * Anything else, or an option without its value, is refused with the usage text.
 */
export function readOptions<Name extends string>(argv: readonly string[], names: readonly Name[], usage: string): Partial<Record<Name, string>> | 'help' {
  const values: Partial<Record<Name, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1] as Name | undefined;
    if (!match || !name || !names.includes(name)) throw new OptionsError(`Tham số không hợp lệ: "${arg}".\n${usage}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new OptionsError(`Thiếu giá trị cho --${name}.\n${usage}`);
    values[name] = value;
  }
  return values;
}
