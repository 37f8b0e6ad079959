import { toErrorBody } from '../filters/all-exceptions.filter';
import { bodyParserError } from './body-policy';

const bodyOf = (error: unknown) => toErrorBody(bodyParserError(error));

describe('body-parser failures', () => {
  it('each get their own code', () => {
    expect(bodyOf({ type: 'entity.parse.failed', status: 400 })).toMatchObject({ statusCode: 400, code: 'request.malformed_json' });
    expect(bodyOf({ type: 'entity.too.large', status: 413 })).toMatchObject({ statusCode: 413, code: 'request.too_large' });
    expect(bodyOf({ type: 'encoding.unsupported', status: 415 })).toMatchObject({ statusCode: 415, code: 'request.unsupported_encoding' });
    expect(bodyOf({ type: 'charset.unsupported', status: 415 })).toMatchObject({ statusCode: 415, code: 'request.unsupported_encoding' });
  });

  it('make a stream that does not inflate, or a body cut short, a malformed body', () => {
    // body-parser hands zlib's error on as a bare 400 without a type.
    const zlib = Object.assign(new Error('incorrect header check'), { errno: -3, code: 'Z_DATA_ERROR', status: 400, expose: true });
    expect(bodyOf(zlib)).toEqual({ statusCode: 400, error: 'Bad Request', code: 'request.malformed_body', message: 'Request body could not be decoded' });
    expect(bodyOf({ type: 'request.aborted', status: 400 })).toMatchObject({ statusCode: 400, code: 'request.malformed_body' });
    expect(bodyOf({ type: 'request.size.invalid', status: 400 })).toMatchObject({ statusCode: 400, code: 'request.malformed_body' });
  });
});
