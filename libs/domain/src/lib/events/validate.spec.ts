import { parseEventJson } from './json';
import { scheduleEvent } from './scheduler';
import { EventInputError, type EventInstance } from './types';

const valid: EventInstance = {
  rounds: 2,
  tables: 2,
  participants: [
    { id: 'p-0' },
    { id: 'p-1', unavailableRounds: [1] },
    { id: 'p-2' },
  ],
  requests: [
    [0, 1, 3],
    [1, 2, 2],
  ],
};

function errorFor(doc: unknown): EventInputError {
  try {
    scheduleEvent(doc as EventInstance);
  } catch (error) {
    if (error instanceof EventInputError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an EventInputError');
}

describe('event input validation', () => {
  it.each([
    ['input', [1, 2]],
    ['rounds', { ...valid, rounds: 0 }],
    ['rounds', { ...valid, rounds: -3 }],
    ['rounds', { ...valid, rounds: '12' }],
    ['tables', { ...valid, tables: 0 }],
    ['tables', { ...valid, tables: 1.5 }],
    ['participants', { ...valid, participants: {} }],
    ['participants[1]', { ...valid, participants: [{ id: 'a' }, 'b'] }],
    ['participants[0].id', { ...valid, participants: [{ id: 7 }] }],
    [
      'participants[1].id',
      { ...valid, participants: [{ id: 'a' }, { id: 'a' }] },
    ],
    [
      'participants[1].unavailableRounds',
      {
        ...valid,
        participants: [{ id: 'a' }, { id: 'b', unavailableRounds: 1 }],
      },
    ],
    [
      'participants[1].unavailableRounds[0]',
      {
        ...valid,
        participants: [{ id: 'a' }, { id: 'b', unavailableRounds: [2] }],
      },
    ],
    ['requests', { ...valid, requests: null }],
    [
      'requests[1]',
      {
        ...valid,
        requests: [
          [0, 1, 3],
          [1, 2],
        ],
      },
    ],
    ['requests[0][0]', { ...valid, requests: [[3, 1, 3]] }],
    ['requests[0][1]', { ...valid, requests: [[0, -1, 3]] }],
    ['requests[0][1]', { ...valid, requests: [[2, 2, 3]] }],
    ['requests[0][2]', { ...valid, requests: [[0, 1, 4]] }],
    ['requests[0][2]', { ...valid, requests: [[0, 1, 0]] }],
    [
      'requests[1]',
      {
        ...valid,
        requests: [
          [0, 1, 3],
          [1, 0, 1],
        ],
      },
    ],
    ['locked', { ...valid, locked: {} }],
    ['locked[0].request', { ...valid, locked: [{ request: 2, round: 0 }] }],
    ['locked[0].round', { ...valid, locked: [{ request: 0, round: 2 }] }],
    ['locked[0].round', { ...valid, locked: [{ request: 0, round: 1 }] }],
    [
      'locked[0].table',
      { ...valid, locked: [{ request: 0, round: 0, table: 2 }] },
    ],
    [
      'locked[1].request',
      {
        ...valid,
        locked: [
          { request: 0, round: 0 },
          { request: 0, round: 0 },
        ],
      },
    ],
    [
      'locked[1].round',
      {
        ...valid,
        locked: [
          { request: 0, round: 0 },
          { request: 1, round: 0 },
        ],
      },
    ],
  ])('names %s', (field, doc) => {
    const error = errorFor(doc);
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  it('rejects two locks on one table of a round, and more locks in a round than tables', () => {
    const four: EventInstance = {
      rounds: 1,
      tables: 1,
      participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
      requests: [
        [0, 1, 1],
        [2, 3, 1],
      ],
    };
    expect(
      errorFor({
        ...four,
        tables: 2,
        locked: [
          { request: 0, round: 0, table: 1 },
          { request: 1, round: 0, table: 1 },
        ],
      }),
    ).toMatchObject({
      field: 'locked[1].table',
    });
    expect(
      errorFor({
        ...four,
        locked: [
          { request: 0, round: 0 },
          { request: 1, round: 0 },
        ],
      }).message,
    ).toBe(
      'locked[1].round: more meetings are locked in round 0 than there are tables (1)',
    );
  });

  it('reports text that is not JSON as the input', () => {
    expect(() =>
      parseEventJson(new TextEncoder().encode('{"rounds": 2,')),
    ).toThrow(/^input: invalid JSON/);
    expect(() => parseEventJson(Uint8Array.from([0x7b, 0xff, 0x7d]))).toThrow(
      'input: not valid UTF-8',
    );
    expect(
      parseEventJson(
        new TextEncoder().encode(`\ufeff${JSON.stringify(valid)}`),
      ),
    ).toEqual(valid);
  });
});
