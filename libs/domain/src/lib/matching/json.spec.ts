import { MatchJsonReader, NeedsGeneralParse, parseMatchJsonGeneral } from './json';
import { randomInstance, rng } from './testing/reference';
import type { PackedMatchInstance } from './types';

const encode = (text: string) => new TextEncoder().encode(text);

function readInChunks(bytes: Uint8Array, sizes: () => number): PackedMatchInstance {
  const reader = new MatchJsonReader();
  for (let at = 0; at < bytes.length; ) {
    const size = Math.max(1, sizes());
    reader.push(bytes.subarray(at, at + size));
    at += size;
  }
  return reader.finish();
}

function columns(p: PackedMatchInstance) {
  return {
    founderCapacity: Array.from(p.founderCapacity),
    mentorCapacity: Array.from(p.mentorCapacity),
    edgeFounder: Array.from(p.edgeFounder),
    edgeMentor: Array.from(p.edgeMentor),
    edgeScore: Array.from(p.edgeScore),
    fixed: p.fixed,
    forbidden: p.forbidden,
  };
}

describe('MatchJsonReader', () => {
  const inst = randomInstance(11, { founders: 30, mentors: 12, density: 0.3, maxScore: 1000, maxFounderCapacity: 3, maxMentorCapacity: 4, fixedRate: 0.02, forbiddenRate: 0.05 });
  const documents = {
    compact: JSON.stringify(inst),
    pretty: JSON.stringify(inst, null, 2),
    'edges first, CRLF and tabs': `\ufeff{"edges" :\r\n[ ${inst.edges.map(([f, m, s]) => `[ ${f},\t${m} , ${s} ]`).join(' ,\r\n')} ] , "founders":${JSON.stringify(inst.founders)},"mentors":${JSON.stringify(inst.mentors)},"fixed":${JSON.stringify(inst.fixed ?? [])},"note":"}]\\"[{","forbidden":${JSON.stringify(inst.forbidden ?? [])},"version":2}`,
  };

  it.each(Object.entries(documents))('reads the %s layout in chunks of any size like JSON.parse does', (_label, text) => {
    const bytes = encode(text);
    const expected = columns(parseMatchJsonGeneral(bytes));
    const r = rng(text.length);
    for (const sizes of [() => 1, () => 2, () => 3, () => 7, () => 64, () => 1 + Math.floor(r() * 40), () => bytes.length]) {
      expect(columns(readInChunks(bytes, sizes))).toEqual(expected);
    }
  });

  it.each([
    ['an exponent in an edge', '{"founders":[],"mentors":[],"edges":[[0,0,1e2]]}'],
    ['a fraction in an edge', '{"founders":[],"mentors":[],"edges":[[0,0.0,1]]}'],
    ['a leading zero', '{"founders":[],"mentors":[],"edges":[[01,0,1]]}'],
    ['an escaped key', '{"founders":[],"mentors":[],"edg\\u0065s":[]}'],
    ['a repeated key', '{"founders":[],"founders":[],"mentors":[],"edges":[]}'],
    ['a trailing comma', '{"founders":[],"mentors":[],"edges":[[0,0,1],]}'],
    ['text after the document', '{"founders":[],"mentors":[],"edges":[]} []'],
    ['a truncated document', '{"founders":[],"mentors":[],"edges":[[0,0,1]'],
    ['no edges field', '{"founders":[],"mentors":[]}'],
    ['a string edge', '{"founders":[],"mentors":[],"edges":[["0",0,1]]}'],
  ])('hands %s to the general reader', (_label, text) => {
    expect(() => readInChunks(encode(text), () => 5)).toThrow(NeedsGeneralParse);
  });
});
