import { open, readFile, writeFile } from 'node:fs/promises';
import { MatchInputError, MatchJsonReader, NeedsGeneralParse, parseMatchJsonGeneral, solveMatching, type PackedMatchInstance } from '@torchbridge/domain';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const MATCH_USAGE = `torchbridge match solve [--in FILE] [--out FILE]

  Best assignment of founders to mentors (maximum total score within both sides' capacities), with a
  certificate of optimality. Reads the instance as JSON from FILE or stdin:
    { "founders": [{ "id", "capacity" }], "mentors": [{ "id", "capacity" }],
      "edges": [[founderIndex, mentorIndex, score 1..1000]], "fixed"?: [[f, m]], "forbidden"?: [[f, m]] }
  and writes { pairs, objective, optimal, certificate: { mentorPrices }, stats } to FILE or stdout.

  Exit status: 0 solved; 2 malformed or infeasible input, or bad arguments (one line on stderr naming the
  field); 1 any other failure.`;

class ArgumentError extends Error {}

interface SolveOptions {
  input?: string;
  output?: string;
  help: boolean;
}

function parseSolveArgs(args: string[]): SolveOptions {
  const options: SolveOptions = { help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const match = /^--(in|out)(?:=(.*))?$/.exec(arg);
    if (!match) {
      throw new ArgumentError(`match solve: unknown argument "${arg}" (usage: torchbridge match solve [--in FILE] [--out FILE])`);
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

const CHUNK_BYTES = 4 << 20;

/** Thrown when the input cannot be read at all (as opposed to malformed content). */
class ReadError extends Error {}

/**
 * Reads the instance from a file in chunks through {@link MatchJsonReader}, so the file is never held whole;
 * an unusual document is read again whole by the general JSON reader.
 */
async function readInstanceFile(path: string): Promise<PackedMatchInstance> {
  let handle: Awaited<ReturnType<typeof open>>;
  let size: number;
  try {
    handle = await open(path, 'r');
    size = (await handle.stat()).size;
  } catch (error) {
    throw new ReadError(`--in: cannot read ${path} (${errorCode(error)})`);
  }
  try {
    const reader = new MatchJsonReader(size);
    const chunk = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(chunk, 0, chunk.length, null));
      } catch (error) {
        throw new ReadError(`--in: cannot read ${path} (${errorCode(error)})`);
      }
      if (bytesRead === 0) {
        return reader.finish();
      }
      reader.push(chunk.subarray(0, bytesRead));
    }
  } catch (error) {
    if (!(error instanceof NeedsGeneralParse)) {
      throw error;
    }
  } finally {
    await handle.close();
  }
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new ReadError(`--in: cannot read ${path} (${errorCode(error)})`);
  });
  return parseMatchJsonGeneral(bytes);
}

/** Reads the instance from a stream, parsing while it arrives (the chunks are kept for the general reader). */
async function readInstanceStream(stream: NodeJS.ReadableStream): Promise<PackedMatchInstance> {
  const chunks: Uint8Array[] = [];
  let reader: MatchJsonReader | undefined = new MatchJsonReader();
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      try {
        reader?.push(bytes);
      } catch (error) {
        if (!(error instanceof NeedsGeneralParse)) {
          throw error;
        }
        reader = undefined;
      }
    }
  } catch (error) {
    if (error instanceof MatchInputError) {
      throw error;
    }
    throw new ReadError(`--in: cannot read stdin (${errorCode(error)})`);
  }
  if (reader) {
    try {
      return reader.finish();
    } catch (error) {
      if (!(error instanceof NeedsGeneralParse)) {
        throw error;
      }
    }
  }
  return parseMatchJsonGeneral(Buffer.concat(chunks));
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

/** `torchbridge match <subcommand>`; resolves to the exit status. */
export async function matchCommand(args: string[], io: CommandIo): Promise<number> {
  const fail = async (code: number, message: string): Promise<number> => {
    await write(io.stderr, `${oneLine(message)}\n`);
    return code;
  };
  const [subcommand, ...rest] = args;
  if (subcommand === 'help' || subcommand === '--help' || subcommand === '-h') {
    await write(io.stdout, `${MATCH_USAGE}\n`);
    return 0;
  }
  if (subcommand !== 'solve') {
    const what = subcommand === undefined ? 'missing subcommand' : `unknown subcommand "${subcommand}"`;
    return fail(2, `match: ${what} (usage: torchbridge match solve [--in FILE] [--out FILE])`);
  }

  let options: SolveOptions;
  try {
    options = parseSolveArgs(rest);
  } catch (error) {
    return fail(2, error instanceof Error ? error.message : String(error));
  }
  if (options.help) {
    await write(io.stdout, `${MATCH_USAGE}\n`);
    return 0;
  }

  let output: string;
  try {
    const instance = options.input === undefined ? await readInstanceStream(io.stdin) : await readInstanceFile(options.input);
    output = `${JSON.stringify(solveMatching(instance))}\n`;
  } catch (error) {
    if (error instanceof MatchInputError || error instanceof ReadError) {
      return fail(2, error.message);
    }
    return fail(1, `match solve: ${error instanceof Error ? error.message : String(error)}`);
  }

  try {
    if (options.output === undefined) {
      await write(io.stdout, output);
    } else {
      await writeFile(options.output, output);
    }
  } catch (error) {
    return fail(1, `--out: cannot write ${options.output ?? 'stdout'} (${errorCode(error)})`);
  }
  return 0;
}
