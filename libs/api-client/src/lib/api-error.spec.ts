import { ERROR_CODES } from '@torchbridge/contracts';
import {
  ApiError,
  codeForStatus,
  errorFromResponse,
  normaliseDetails,
} from './api-error';

function response(status: number, headers: Record<string, string> = {}) {
  return new Response(null, { status, headers });
}

describe('normaliseDetails', () => {
  it('keeps well-formed field errors', () => {
    expect(
      normaliseDetails([
        { field: 'email', messages: ['email must be a valid email address'] },
      ]),
    ).toEqual([
      { field: 'email', messages: ['email must be a valid email address'] },
    ]);
  });

  it('keeps a field-level code from the catalogue and drops one it does not know', () => {
    expect(
      normaliseDetails([
        { field: 'email', messages: ['taken'], code: 'field.taken' },
        { field: 'name', messages: ['odd'], code: 'field.brand_new' },
      ]),
    ).toEqual([
      { field: 'email', messages: ['taken'], code: 'field.taken' },
      { field: 'name', messages: ['odd'] },
    ]);
  });

  it('drops detail shapes that do not name a field', () => {
    expect(normaliseDetails({ retryAfterSeconds: 30 })).toEqual([]);
    expect(normaliseDetails([{ field: 'email' }, 'oops'])).toEqual([]);
    expect(normaliseDetails(undefined)).toEqual([]);
  });
});

describe('ApiError', () => {
  it('is an Error with a readable message and no field details by default', () => {
    const error = new ApiError({
      status: 409,
      message: 'Email already registered',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Email already registered');
    expect(error.details).toEqual([]);
    expect(error.messagesFor('email')).toEqual([]);
    expect(error.isNetworkError).toBe(false);
  });

  it('falls back to the generic code for its status when given none', () => {
    expect(new ApiError({ status: 409, message: 'x' }).code).toBe('conflict');
    expect(new ApiError({ status: 503, message: 'x' }).code).toBe('internal');
    expect(
      new ApiError({ status: 404, message: 'x', code: 'mentor.not_found' })
        .code,
    ).toBe('mentor.not_found');
  });
});

describe('codeForStatus', () => {
  it('answers a catalogued code for every status', () => {
    for (const status of [
      0, 400, 401, 403, 404, 409, 413, 415, 418, 429, 500, 502,
    ]) {
      expect(ERROR_CODES).toContain(codeForStatus(status));
    }
  });
});

describe('errorFromResponse', () => {
  it('carries the code, params and field details of the error body', () => {
    const error = errorFromResponse(response(409), {
      statusCode: 409,
      error: 'Conflict',
      code: 'request.pending_limit',
      message:
        'You already have 3 pending requests; wait for an answer or withdraw one',
      params: { limit: 3, ignored: { nested: true } },
    });
    expect(error).toMatchObject({
      status: 409,
      error: 'Conflict',
      code: 'request.pending_limit',
      unknownCode: undefined,
      params: { limit: 3 },
      details: [],
    });
    expect(error.message).toMatch(/3 pending requests/);
  });

  it('keeps the field-level code of each detail', () => {
    const error = errorFromResponse(response(409), {
      statusCode: 409,
      error: 'Conflict',
      code: 'field.taken',
      message: 'email is already registered',
      params: { field: 'email' },
      details: [
        {
          field: 'email',
          messages: ['email is already registered'],
          code: 'field.taken',
        },
      ],
    });
    expect(error.code).toBe('field.taken');
    expect(error.detailFor('email')).toEqual({
      field: 'email',
      messages: ['email is already registered'],
      code: 'field.taken',
    });
    expect(error.detailFor('name')).toBeUndefined();
  });

  it('names a code it does not know and falls back to the status code', () => {
    const error = errorFromResponse(response(409), {
      statusCode: 409,
      error: 'Conflict',
      code: 'request.brand_new',
      message: 'Something only a newer server knows',
    });
    expect(error.code).toBe('conflict');
    expect(error.unknownCode).toBe('request.brand_new');
    expect(error.message).toBe('Something only a newer server knows');
  });

  it('uses the status code for a body without one, such as a proxy page', () => {
    const error = errorFromResponse(response(502), '<html>Bad gateway</html>');
    expect(error.code).toBe('internal');
    expect(error.unknownCode).toBeUndefined();
    expect(error.params).toEqual({});
  });
});
