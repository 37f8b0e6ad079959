import { open, readFile } from 'node:fs/promises';
import { MatchInputError, MatchJsonReader, NeedsGeneralParse, parseMatchJsonGeneral, solveMatching, type PackedMatchInstance } from '@torchbridge/domain';
import { errorCode, ReadError, runSolverCommand, type CommandIo } from './solver-command';

export type { CommandIo } from './solver-command';

export const MATCH_USAGE = `torchbridge match solve [--in FILE] [--out FILE]

  Best assignment of founders to mentors (maximum total score within both sides' capacities), with a
  certificate of optimality. Reads the instance as JSON from FILE or stdin:
    { "founders": [{ "id", "capacity" }], "mentors": [{ "id", "capacity" }],
      "edges": [[founderIndex, mentorIndex, score 1..1000]], "fixed"?: [[f, m]], "forbidden"?: [[f, m]] }
  and writes { pairs, objective, optimal, certificate: { mentorPrices }, stats } to FILE or stdout.

  Exit status: 0 solved; 2 malformed or infeasible input, or bad arguments (one line on stderr naming the
  field); 1 any other failure.`;

const CHUNK_BYTES = 4 << 20;

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

/** `torchbridge match <subcommand>`; resolves to the exit status. */
export function matchCommand(args: string[], io: CommandIo): Promise<number> {
  return runSolverCommand(
    {
      name: 'match',
      subcommand: 'solve',
      usage: MATCH_USAGE,
      inputError: MatchInputError,
      read: (options, stdin) => (options.input === undefined ? readInstanceStream(stdin) : readInstanceFile(options.input)),
      solve: (instance) => solveMatching(instance),
    },
    args,
    io,
  );
}
