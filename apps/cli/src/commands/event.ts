import { readFile, writeFile } from 'node:fs/promises';
import {
  EventInputError,
  parseEventJson,
  scheduleEvent,
  type EventInstance,
} from '@torchbridge/domain';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const EVENT_USAGE = `torchbridge event schedule [--in FILE] [--out FILE]

  Schedule of a brokerage event: accepted meeting requests placed into rounds and tables so that the total
  priority of the meetings held is as high as possible, with a proven upper bound on that total. Reads the
  instance as JSON from FILE or stdin:
    { "rounds", "tables", "participants": [{ "id", "unavailableRounds"? }],
      "requests": [[participantIndex, participantIndex, priority 1..3]],
      "locked"?: [{ "request", "round", "table"? }] }
  and writes { meetings: [{ request, round, table }], objective, upperBound, stats } to FILE or stdout.
  Locked meetings stay where they are; lock a published schedule to run again around it.

  Exit status: 0 scheduled; 2 malformed input, clashing locks or bad arguments (one line on stderr naming
  the field); 1 any other failure.`;

class ArgumentError extends Error {}

/** Thrown when the input cannot be read at all (as opposed to malformed content). */
class ReadError extends Error {}

interface ScheduleOptions {
  input?: string;
  output?: string;
  help: boolean;
}

function parseScheduleArgs(args: string[]): ScheduleOptions {
  const options: ScheduleOptions = { help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const match = /^--(in|out)(?:=(.*))?$/.exec(arg);
    if (!match) {
      throw new ArgumentError(
        `event schedule: unknown argument "${arg}" (usage: torchbridge event schedule [--in FILE] [--out FILE])`,
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

async function readInstance(
  options: ScheduleOptions,
  stdin: NodeJS.ReadableStream,
): Promise<EventInstance> {
  if (options.input !== undefined) {
    const path = options.input;
    const bytes = await readFile(path).catch((error: unknown) => {
      throw new ReadError(`--in: cannot read ${path} (${errorCode(error)})`);
    });
    return parseEventJson(bytes);
  }
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of stdin) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    }
  } catch (error) {
    throw new ReadError(`--in: cannot read stdin (${errorCode(error)})`);
  }
  return parseEventJson(Buffer.concat(chunks));
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** The system error code (ENOENT, EACCES, ...) or the message. Not `instanceof Error`: Node errors may come from another realm. */
function errorCode(error: unknown): string {
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

/** `torchbridge event <subcommand>`; resolves to the exit status. */
export async function eventCommand(
  args: string[],
  io: CommandIo,
): Promise<number> {
  const fail = async (code: number, message: string): Promise<number> => {
    await write(io.stderr, `${oneLine(message)}\n`);
    return code;
  };
  const [subcommand, ...rest] = args;
  if (subcommand === 'help' || subcommand === '--help' || subcommand === '-h') {
    await write(io.stdout, `${EVENT_USAGE}\n`);
    return 0;
  }
  if (subcommand !== 'schedule') {
    const what =
      subcommand === undefined
        ? 'missing subcommand'
        : `unknown subcommand "${subcommand}"`;
    return fail(
      2,
      `event: ${what} (usage: torchbridge event schedule [--in FILE] [--out FILE])`,
    );
  }

  let options: ScheduleOptions;
  try {
    options = parseScheduleArgs(rest);
  } catch (error) {
    return fail(2, error instanceof Error ? error.message : String(error));
  }
  if (options.help) {
    await write(io.stdout, `${EVENT_USAGE}\n`);
    return 0;
  }

  let output: string;
  try {
    output = `${JSON.stringify(scheduleEvent(await readInstance(options, io.stdin)))}\n`;
  } catch (error) {
    if (error instanceof EventInputError || error instanceof ReadError) {
      return fail(2, error.message);
    }
    return fail(
      1,
      `event schedule: ${error instanceof Error ? error.message : String(error)}`,
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
