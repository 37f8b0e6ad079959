import { readFile } from 'node:fs/promises';
import {
  EventInputError,
  parseEventJson,
  scheduleEvent,
  type EventInstance,
} from '@torchbridge/domain';
import {
  errorCode,
  ReadError,
  runSolverCommand,
  type CommandIo,
  type IoOptions,
} from './solver-command';

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

async function readInstance(
  options: IoOptions,
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

/** `torchbridge event <subcommand>`; resolves to the exit status. */
export function eventCommand(args: string[], io: CommandIo): Promise<number> {
  return runSolverCommand(
    {
      name: 'event',
      subcommand: 'schedule',
      usage: EVENT_USAGE,
      inputError: EventInputError,
      read: readInstance,
      solve: (instance) => scheduleEvent(instance),
    },
    args,
    io,
  );
}
