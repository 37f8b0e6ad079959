import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RegisterDto } from '../../modules/auth/dto/auth.dto';
import { AppError } from '../errors/app-error';
import { toErrorBody } from '../filters/all-exceptions.filter';
import { UpdateMeDto } from '../../modules/users/dto/update-me.dto';
import { HistoryQueryDto } from '../../modules/chat/dto/chat.dto';
import { createValidationPipe, validationException } from './validation';

describe('validation errors', () => {
  it('name each field in the message and the details', async () => {
    const dto = plainToInstance(RegisterDto, { email: 'not-an-email', password: 'x'.repeat(12), displayName: 'Li', role: 'founder', timeZone: 'Moon/Base' });
    const body = toErrorBody(validationException(await validate(dto)));
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation.failed',
      message: 'email must be a valid email address; timeZone must be an IANA time zone such as Asia/Shanghai or Europe/Berlin',
      details: [
        { field: 'email', messages: ['email must be a valid email address'] },
        { field: 'timeZone', messages: ['timeZone must be an IANA time zone such as Asia/Shanghai or Europe/Berlin'] },
      ],
    });
  });

  it('normalises emails before validating them', async () => {
    const dto = plainToInstance(RegisterDto, { email: '  Wang.Fang@Example.CN ', password: 'x'.repeat(12), displayName: ' 王芳 ', role: 'mentor' });
    expect(await validate(dto)).toEqual([]);
    expect(dto.email).toBe('wang.fang@example.cn');
    expect(dto.displayName).toBe('王芳');
  });
});

describe('optional fields and names', () => {
  const check = async (plain: object) => validationException(await validate(plainToInstance(UpdateMeDto, plain)));

  it('may be left out but not sent as null, and say only that', async () => {
    expect(await validate(plainToInstance(UpdateMeDto, {}))).toEqual([]);
    expect(toErrorBody(await check({ displayName: null, locale: null }))).toMatchObject({
      code: 'validation.failed',
      details: [
        { field: 'displayName', messages: ['displayName must not be null; leave it out instead'] },
        { field: 'locale', messages: ['locale must not be null; leave it out instead'] },
      ],
    });
  });

  it('refuse control and text-direction characters in names with a coded detail', async () => {
    expect(toErrorBody(await check({ displayName: 'Eve\u202Egnp.exe' }))).toMatchObject({
      details: [{ field: 'displayName', code: 'field.bad_characters', messages: ['displayName must not contain control characters, line breaks or text-direction characters'] }],
    });
  });
});

describe('the global validation pipe', () => {
  const pipe = createValidationPipe();
  const refusal = async (value: unknown, metadata: Parameters<typeof pipe.transform>[1]) => {
    try {
      await pipe.transform(value, metadata);
    } catch (error) {
      return toErrorBody(error);
    }
    throw new Error('accepted');
  };

  it('applies the text rule to route parameters, queries and bodies before the DTO, naming the field', async () => {
    expect(await refusal('\u0000', { type: 'param', data: 'id', metatype: String })).toMatchObject({ code: 'validation.failed', details: [{ field: 'id' }] });
    expect(await refusal({ q: 'a\u0000' }, { type: 'query', metatype: Object })).toMatchObject({ details: [{ field: 'q' }] });
    expect(await refusal({ displayName: '\ud800' }, { type: 'body', metatype: UpdateMeDto })).toMatchObject({ details: [{ field: 'displayName', code: 'field.bad_characters' }] });
  });

  it('bounds message sequences to what a bigint column and a JavaScript number both hold', async () => {
    expect(await refusal({ before: '99999999999999999999' }, { type: 'query', metatype: HistoryQueryDto })).toMatchObject({ details: [{ field: 'before' }] });
    expect(await refusal({ after: '1e30' }, { type: 'query', metatype: HistoryQueryDto })).toMatchObject({ details: [{ field: 'after' }] });
    await expect(pipe.transform({ after: String(Number.MAX_SAFE_INTEGER) }, { type: 'query', metatype: HistoryQueryDto })).resolves.toMatchObject({ after: Number.MAX_SAFE_INTEGER });
  });

  it('leaves custom parameters (the signed-in user, the socket) alone', async () => {
    const user = { id: '\u0000' };
    await expect(pipe.transform(user, { type: 'custom', metatype: Object })).resolves.toBe(user);
  });
});

describe('error bodies', () => {
  it('hide the details of unexpected errors', () => {
    expect(toErrorBody(new Error('connection refused at 10.0.0.5'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      code: 'internal',
      message: 'Something went wrong on our side; it has been logged',
    });
  });

  it('keep the message of HTTP errors', () => {
    expect(toErrorBody(new BadRequestException('capacity must not be negative'))).toMatchObject({ statusCode: 400, code: 'request.invalid', message: 'capacity must not be negative' });
  });

  it('carry the catalogued code, its parameters and the English message of coded errors', () => {
    expect(toErrorBody(new AppError('request.pending_limit', { limit: 3 }))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'request.pending_limit',
      params: { limit: 3 },
      message: 'You already have 3 pending requests; wait for an answer or withdraw one',
    });
  });

  it('keep the status of client errors of the http-errors kind, never a 500', () => {
    expect(toErrorBody({ status: 400, expose: true, message: 'incorrect header check' })).toMatchObject({ statusCode: 400, code: 'request.invalid', message: 'Bad Request' });
    expect(toErrorBody({ status: 500, expose: false })).toMatchObject({ statusCode: 500, code: 'internal' });
  });

  it.each(['22P05', '22021', '22003', '22P02'])('answer 400, not 500, for the input error %s PostgreSQL raises', (code) => {
    const driverError = Object.assign(new Error('value out of range or not valid text'), { code, severity: 'ERROR' });
    const queryFailed = Object.assign(new Error('query failed'), { name: 'QueryFailedError', code });
    for (const error of [driverError, queryFailed]) {
      expect(toErrorBody(error)).toMatchObject({ statusCode: 400, code: 'request.invalid' });
      expect(toErrorBody(error).message).not.toContain('value out of range');
    }
    expect(toErrorBody(Object.assign(new Error('not the database'), { code }))).toMatchObject({ statusCode: 500 });
    expect(toErrorBody(Object.assign(new Error('deadlock'), { code: '40P01', severity: 'ERROR' }))).toMatchObject({ statusCode: 500 });
  });
});
