/* eslint-disable no-control-regex -- finding control characters is what these patterns are for */
import type { FieldError } from '@torchbridge/contracts';
import { AppError } from '../errors/app-error';

/** Deepest nesting of objects and arrays any body or socket payload may have; the deepest DTO needs 3. */
export const JSON_MAX_DEPTH = 32;

/** Numeric bounds of the columns request numbers end up in. */
export const INT32_MAX = 2_147_483_647;
export const INT32_MIN = -2_147_483_648;
/** `bigint` columns (message sequences) hold more, but JavaScript numbers are exact only up to here. */
export const BIGINT_SAFE_MAX = Number.MAX_SAFE_INTEGER;

// Every string: no NUL (PostgreSQL text cannot hold it), no lone UTF-16 surrogate, and no C0 control character
// except tab and line breaks (CR stays: CSV files and some clients end lines with CRLF).
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/;
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F]/;

// Names and titles are one line of plain text: no control character at all (C0, DEL, C1), no line or paragraph
// separator, and no bidi embedding, override or isolate, which would make a name read differently than it is.
const NOT_IN_NAMES = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export type TextProblem = 'nul' | 'lone_surrogate' | 'control';
export type InputProblem = { field: string; kind: TextProblem | 'too_deep' };

/** What is wrong with one string under the rule for every string, if anything. */
export function textProblem(text: string): TextProblem | undefined {
  if (!SUSPECT.test(text)) {
    return undefined;
  }
  if (NUL.test(text)) {
    return 'nul';
  }
  if (LONE_SURROGATE.test(text)) {
    return 'lone_surrogate';
  }
  return CONTROL.test(text) ? 'control' : undefined;
}

/** The stricter rule for names and titles (checked on top of `textProblem`). */
export function isNameText(text: string): boolean {
  return !NOT_IN_NAMES.test(text);
}

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | undefined;
  key: string;
}

function pathOf(frame: Frame): string[] {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) {
    keys.push(f.key);
  }
  return keys.reverse();
}

function fieldOf(root: string, keys: string[], whole: string): string {
  // A property name is echoed back, so a bad one is shown with its bad characters replaced.
  const shown = keys.map((key) => (textProblem(key) ? key.replace(/[\u0000-\u001F\uD800-\uDFFF]/g, '\uFFFD') : key));
  return [root, ...shown].filter(Boolean).join('.') || whole;
}

/**
 * The first thing in a parsed body, query, route parameter or socket payload that breaks the input policy, in
 * document order: nesting deeper than `maxDepth`, or (with `text`) a string or property name `textProblem` refuses.
 * Fields are dotted paths under `root` (`memberIds.0`); `whole` names the value itself. Iterative, so no input can
 * exhaust the stack.
 */
export function findInputProblem(
  value: unknown,
  root = '',
  options: { maxDepth?: number; text?: boolean; whole?: string } = {},
): InputProblem | undefined {
  const { maxDepth = JSON_MAX_DEPTH, text = true, whole = 'body' } = options;
  const field = (frame: Frame, depth = Infinity) => fieldOf(root, pathOf(frame).slice(0, depth), whole);
  const stack: Frame[] = [{ value, depth: 0, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (typeof current === 'string') {
      const kind = text ? textProblem(current) : undefined;
      if (kind) {
        return { field: field(frame), kind };
      }
      continue;
    }
    if (current === null || typeof current !== 'object') {
      continue;
    }
    const depth = frame.depth + 1;
    if (depth > maxDepth) {
      // The top-level property is named: the full path of a deep nest is as long as the nest.
      return { field: field(frame, 1), kind: 'too_deep' };
    }
    const entries = Array.isArray(current) ? current.map((v, i) => [String(i), v] as const) : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as readonly [string, unknown];
      const next: Frame = { value: child, depth, parent: frame, key };
      if (text && textProblem(key)) {
        return { field: field(next), kind: textProblem(key) as TextProblem };
      }
      stack.push(next);
    }
  }
  return undefined;
}

/** The English sentence for a problem; it starts with the field's name. */
export function describeInputProblem(problem: InputProblem): string {
  const { field } = problem;
  switch (problem.kind) {
    case 'too_deep':
      return `${field} is nested more than ${JSON_MAX_DEPTH} levels deep`;
    case 'nul':
      return `${field} must not contain the NUL character`;
    case 'lone_surrogate':
      return `${field} must be well-formed Unicode text (it holds a lone surrogate)`;
    case 'control':
      return `${field} must not contain control characters other than tab and line breaks`;
  }
}

/** The 400 for a problem: `request.too_deep`, or `validation.failed` naming the field. */
export function inputRefusal(problem: InputProblem): AppError {
  const message = describeInputProblem(problem);
  if (problem.kind === 'too_deep') {
    return new AppError('request.too_deep', { limit: JSON_MAX_DEPTH, field: problem.field }, [{ field: problem.field, messages: [message] }], message);
  }
  const details: FieldError[] = [{ field: problem.field, messages: [message], code: 'field.bad_characters' }];
  return new AppError('validation.failed', {}, details, message);
}
