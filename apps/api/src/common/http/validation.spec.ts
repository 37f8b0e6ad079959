import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RegisterDto } from '../../modules/auth/dto/auth.dto';
import { AppError } from '../errors/app-error';
import { toErrorBody } from '../filters/all-exceptions.filter';
import { validationException } from './validation';

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

  it('give every body-parser failure its own code', () => {
    expect(toErrorBody({ type: 'entity.parse.failed', status: 400 })).toMatchObject({ statusCode: 400, code: 'request.malformed_json' });
    expect(toErrorBody({ type: 'entity.too.large', status: 413 })).toMatchObject({ statusCode: 413, code: 'request.too_large' });
  });
});
