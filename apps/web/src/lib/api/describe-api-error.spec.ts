import { ApiError } from '@torchbridge/api-client';
import type { Locale } from '@torchbridge/contracts';
import { createI18n } from '../i18n/i18n';
import { describeApiError } from './describe-api-error';

function describeIn(locale: Locale, error: unknown) {
  const i18n = createI18n(locale);
  return describeApiError(
    error,
    i18n.getFixedT(locale, ['errors', 'common', 'requests']),
  );
}

describe('describeApiError', () => {
  it('translates the code, not the English message', () => {
    const error = new ApiError({
      status: 409,
      code: 'request.mentor_full',
      message: 'This mentor has no free place at the moment',
    });
    expect(describeIn('zh-CN', error)).toEqual({
      message: '该导师目前没有空余名额。',
      fields: [],
    });
  });

  it('puts roles, field names and request statuses into words of the UI language', () => {
    expect(
      describeIn(
        'zh-CN',
        new ApiError({
          status: 403,
          code: 'access.role_required',
          params: { roles: 'manager, admin' },
          message: 'This needs one of the roles: manager, admin',
        }),
      ).message,
    ).toBe('只有以下角色可以执行此操作：社区经理、管理员。');
    expect(
      describeIn(
        'en',
        new ApiError({
          status: 409,
          code: 'request.not_pending',
          params: { status: 'withdrawn' },
          message: 'This request is already withdrawn',
        }),
      ).message,
    ).toBe('This request has already been answered (status: Withdrawn).');
    expect(
      describeIn(
        'en',
        new ApiError({
          status: 409,
          code: 'request.pending_limit',
          params: { limit: 3 },
          message: 'You already have 3 pending requests',
        }),
      ).message,
    ).toBe(
      'You already have 3 pending requests. Wait for an answer or withdraw one.',
    );
  });

  it('lists coded field problems translated and uncoded ones in the server’s words', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation.failed',
      message: 'Validation failed',
      details: [
        {
          field: 'nameEn',
          messages: ['nameEn is already used by another startup'],
          code: 'field.taken',
        },
        { field: 'teamSize', messages: ['teamSize must be at least 1'] },
      ],
    });
    expect(describeIn('zh-CN', error)).toEqual({
      message: '请检查以下字段：',
      fields: ['英文名称已被使用。', '团队人数：teamSize must be at least 1'],
    });
  });

  it('falls back to the generic code of the status when the answer named none', () => {
    expect(
      describeIn('en', new ApiError({ status: 502, message: 'Bad Gateway' }))
        .message,
    ).toBe('Something went wrong on our side. Please try again.');
    expect(describeIn('en', new Error('boom')).message).toBe(
      'Something went wrong on our side. Please try again.',
    );
  });

  it('shows the server’s message only for a code the app does not know', () => {
    const error = new ApiError({
      status: 409,
      unknownCode: 'cohort.frozen',
      message: 'This cohort run is frozen',
    });
    expect(describeIn('zh-CN', error).message).toBe(
      'This cohort run is frozen',
    );
  });

  it('says when the API could not be reached and how long to wait when rate limited', () => {
    expect(
      describeIn('en', new ApiError({ status: 0, message: 'Failed to fetch' }))
        .message,
    ).toBe(
      'Torchbridge could not be reached. Check your connection and try again.',
    );
    expect(
      describeIn(
        'en',
        new ApiError({
          status: 429,
          code: 'auth.rate_limited',
          message: 'Too many attempts; try again later',
          retryAfterSeconds: 30,
        }),
      ).message,
    ).toBe('Too many attempts. Try again in 30 seconds.');
  });
});
