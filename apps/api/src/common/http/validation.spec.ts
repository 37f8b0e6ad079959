import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RegisterDto } from '../../modules/auth/dto/auth.dto';
import { toErrorBody } from '../filters/all-exceptions.filter';
import { validationException } from './validation';

describe('validation errors', () => {
  it('name each field in the message and the details', async () => {
    const dto = plainToInstance(RegisterDto, { email: 'not-an-email', password: 'x'.repeat(12), displayName: 'Li', role: 'founder', timeZone: 'Moon/Base' });
    const body = toErrorBody(validationException(await validate(dto)));
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
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
      message: 'Something went wrong on our side; it has been logged',
    });
  });

  it('keep the message of HTTP errors', () => {
    expect(toErrorBody(new BadRequestException('capacity must not be negative'))).toMatchObject({ statusCode: 400, message: 'capacity must not be negative' });
  });
});
