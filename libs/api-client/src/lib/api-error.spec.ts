import { ApiError, normaliseDetails } from './api-error';

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
});
