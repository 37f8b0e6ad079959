/* eslint-disable no-control-regex -- the tests build text with control characters */
import fc from 'fast-check';
import { toErrorBody } from '../filters/all-exceptions.filter';
import { findInputProblem, inputRefusal, isNameText, JSON_MAX_DEPTH, textProblem } from './input-policy';

const nest = (levels: number, inner: unknown = 'x'): unknown => {
  let value = inner;
  for (let i = 0; i < levels; i++) {
    value = [value];
  }
  return value;
};

// Text the policy accepts everywhere: any well-formed string without NUL or C0 controls other than \t \n \r.
const acceptedText = fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));

describe('the text rule for every string', () => {
  it.each([
    ['a\u0000b', 'nul'],
    ['\ud800', 'lone_surrogate'],
    ['x\udc00y', 'lone_surrogate'],
    ['\udc00\ud800', 'lone_surrogate'],
    ['bell\u0007', 'control'],
    ['esc\u001b[31m', 'control'],
    ['form\u000cfeed', 'control'],
  ])('refuses %j as %s', (text, kind) => {
    expect(textProblem(text)).toBe(kind);
  });

  it.each(['', 'Li Wei 李伟', 'line\nbreak', 'tab\there', 'crlf\r\n', '🚀 emoji', 'Ünïcödé', '\u202Eoverride in long text', '\u0085 next line'])(
    'accepts %j',
    (text) => {
      expect(textProblem(text)).toBeUndefined();
    },
  );

  it('accepts every well-formed string without NUL or controls, and refuses it once a NUL or lone surrogate is spliced in', () => {
    fc.assert(
      fc.property(acceptedText, fc.nat(), fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0001'), (text, at, bad) => {
        expect(textProblem(text)).toBeUndefined();
        // Splicing between code points (not inside a pair) keeps the bad unit the only problem.
        const points = [...text];
        const i = at % (points.length + 1);
        const spliced = [...points.slice(0, i), bad, ...points.slice(i)].join('');
        expect(textProblem(spliced)).toBeDefined();
      }),
    );
  });
});

describe('the rule for names and titles', () => {
  it.each(['Eve\u202Egnp.exe', 'a\u202Ab', 'a\u2066b', 'a\u2069', 'two\nlines', 'tab\t', 'del\u007f', 'c1\u0085', 'sep\u2028'])('refuses %j', (text) => {
    expect(isNameText(text)).toBe(false);
  });

  it.each(['Li Wei 李伟', 'Zoë O’Brien-Łukasz', 'مريم', 'Autumn cohort · 秋季', '🚀 Rocket GmbH'])('accepts %j', (text) => {
    expect(isNameText(text)).toBe(true);
  });
});

describe('finding the first problem of a parsed input', () => {
  it('names the field by its dotted path, in document order', () => {
    expect(findInputProblem({ displayName: 'ok', memberIds: ['a', 'b\u0000'], later: '\ud800' })).toEqual({ field: 'memberIds.1', kind: 'nul' });
    expect(findInputProblem({ nested: { deeper: [{ title: 'x\u0007' }] } })).toEqual({ field: 'nested.deeper.0.title', kind: 'control' });
    expect(findInputProblem('a\u0000', 'id')).toEqual({ field: 'id', kind: 'nul' });
    expect(findInputProblem('a\u0000')).toEqual({ field: 'body', kind: 'nul' });
    expect(findInputProblem('a\u0000', '', { whole: 'payload' })).toEqual({ field: 'payload', kind: 'nul' });
    expect(findInputProblem({ q: 'x' }, '')).toBeUndefined();
  });

  it('checks property names, showing a bad one with its bad characters replaced', () => {
    expect(findInputProblem({ ['a\u0000']: 1 })).toEqual({ field: 'a\uFFFD', kind: 'nul' });
  });

  it(`allows ${JSON_MAX_DEPTH} levels of nesting and refuses one more, naming the top-level field`, () => {
    expect(findInputProblem({ a: nest(JSON_MAX_DEPTH - 1) })).toBeUndefined();
    expect(findInputProblem({ a: nest(JSON_MAX_DEPTH) })).toEqual({ field: 'a', kind: 'too_deep' });
    expect(findInputProblem(nest(JSON_MAX_DEPTH + 1), '', { whole: 'payload' })).toEqual({ field: '0', kind: 'too_deep' });
  });

  it('walks 100,000 levels without exhausting the stack', () => {
    expect(findInputProblem(nest(100_000), '', { maxDepth: 200_000 })).toBeUndefined();
    expect(findInputProblem(nest(100_000))).toMatchObject({ kind: 'too_deep' });
  });

  it('can check nesting alone', () => {
    expect(findInputProblem({ a: '\u0000' }, '', { text: false })).toBeUndefined();
  });

  it('ignores numbers, booleans and null', () => {
    expect(findInputProblem({ a: 1, b: true, c: null, d: JSON.parse('[1e400]') as unknown })).toBeUndefined();
  });
});

describe('refusals', () => {
  it('are a validation.failed 400 whose message and details name the field', () => {
    expect(toErrorBody(inputRefusal({ field: 'displayName', kind: 'nul' }))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation.failed',
      message: 'displayName must not contain the NUL character',
      details: [{ field: 'displayName', messages: ['displayName must not contain the NUL character'], code: 'field.bad_characters' }],
    });
  });

  it('are a request.too_deep 400 with the limit for nesting', () => {
    expect(toErrorBody(inputRefusal({ field: 'extra', kind: 'too_deep' }))).toMatchObject({
      statusCode: 400,
      code: 'request.too_deep',
      params: { limit: JSON_MAX_DEPTH, field: 'extra' },
      message: `extra is nested more than ${JSON_MAX_DEPTH} levels deep`,
    });
  });
});
