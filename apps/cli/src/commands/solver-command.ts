import { writeFile } from 'node:fs/promises';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Thrown when the input cannot be read at all (as opposed to malformed content). */
export class ReadError extends Error {}

class ArgumentError extends Error {}

export interface IoOptions {
  input?: string;
  output?: string;
  help: boolean;
}

/**
 * A solver command of the command line (`match solve`, `event schedule`): reads an instance as JSON from `--in FILE`
 * or stdin, solves it, writes JSON to `--out FILE` or stdout. Exit status 0 solved; 2 malformed input or bad
 * arguments (one line on stderr naming the field); 1 any other failure.
 */
export interface SolverCommand<I> {
  /** `match`, `event`. */
  name: string;
  /** `solve`, `schedule`. */
  subcommand: string;
  usage: string;
  /** Errors of the input's content, reported with exit status 2. */
  inputError: abstract new (...args: never[]) => Error;
  read(options: IoOptions, stdin: NodeJS.ReadableStream): Promise<I>;
  solve(instance: I): unknown;
}

function parseIoArgs(command: string, args: string[]): IoOptions {
  const options: IoOptions = { help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const match = /^--(in|out)(?:=(.*))?$/.exec(arg);
    if (!match) {
      throw new ArgumentError(
        `${command}: unknown argument "${arg}" (usage: torchbridge ${command} [--in FILE] [--out FILE])`,
      );
    }
    const name = match[1] === 'in' ? 'input' : 'output';
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '') {
      throw new ArgumentError(`--${match[1]}: expected a file name`);
    }
    if (options[name] !== undefined) {
      throw new ArgumentError(`--${match[1]}: given twice`);
    }
    options[name] = value;
  }
  return options;
}

export function write(
  stream: NodeJS.WritableStream,
  text: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The system error code (ENOENT, EACCES, ...) or the message. Not `instanceof Error`: Node errors may come from another realm. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      return code;
    }
    if (typeof message === 'string') {
      return message;
    }
  }
  return String(error);
}

/** Runs `torchbridge <name> <subcommand> …`; resolves to the exit status. */
export async function runSolverCommand<I>(
  command: SolverCommand<I>,
  args: string[],
  io: CommandIo,
): Promise<number> {
  const full = `${command.name} ${command.subcommand}`;
  const fail = async (code: number, message: string): Promise<number> => {
    await write(io.stderr, `${oneLine(message)}\n`);
    return code;
  };
  const [subcommand, ...rest] = args;
  if (subcommand === 'help' || subcommand === '--help' || subcommand === '-h') {
    await write(io.stdout, `${command.usage}\n`);
    return 0;
  }
  if (subcommand !== command.subcommand) {
    const what =
      subcommand === undefined
        ? 'missing subcommand'
        : `unknown subcommand "${subcommand}"`;
    return fail(
      2,
      `${command.name}: ${what} (usage: torchbridge ${full} [--in FILE] [--out FILE])`,
    );
  }

  let options: IoOptions;
  try {
    options = parseIoArgs(full, rest);
  } catch (error) {
    return fail(2, error instanceof Error ? error.message : String(error));
  }
  if (options.help) {
    await write(io.stdout, `${command.usage}\n`);
    return 0;
  }

  let output: string;
  try {
    output = `${JSON.stringify(command.solve(await command.read(options, io.stdin)))}\n`;
  } catch (error) {
    if (error instanceof command.inputError || error instanceof ReadError) {
      return fail(2, error.message);
    }
    return fail(
      1,
      `${full}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  try {
    if (options.output === undefined) {
      await write(io.stdout, output);
    } else {
      await writeFile(options.output, output);
    }
  } catch (error) {
    return fail(
      1,
      `--out: cannot write ${options.output ?? 'stdout'} (${errorCode(error)})`,
    );
  }
  return 0;
}
