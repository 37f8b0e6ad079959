import { WsException } from '@nestjs/websockets';
import { MESSAGE_MAX_LENGTH } from '@torchbridge/contracts';
import { PresenceQueryDto, SendMessageDto, SyncDto } from '../modules/chat/dto/chat.dto';
import { JSON_MAX_DEPTH } from '../common/http/input-policy';
import { WsPayloadPipe } from './ws-payload';

const pipe = new WsPayloadPipe();
const id = '6f1e3f2a-1111-4222-8333-444455556666';
const check = (value: unknown, metatype: unknown) => pipe.transform(value, { type: 'body', metatype: metatype as never });
const refusal = (value: unknown, metatype: unknown) => {
  try {
    check(value, metatype);
  } catch (error) {
    expect(error).toBeInstanceOf(WsException);
    return (error as WsException).getError();
  }
  throw new Error('accepted');
};

describe('WsPayloadPipe', () => {
  it('passes a valid payload through as a parsed copy', () => {
    const sent = { conversationId: id, clientMessageId: id, body: 'Guten Tag 你好' };
    const parsed = check(sent, SendMessageDto);
    expect(parsed).toEqual(sent);
    expect(parsed).not.toBe(sent);
  });

  it('names the field in every refusal', () => {
    expect(refusal({ conversationId: id, clientMessageId: id, body: '' }, SendMessageDto)).toBe(`body must be 1 to ${MESSAGE_MAX_LENGTH} characters`);
    expect(refusal({ conversationId: 'nope', clientMessageId: id, body: 'hi' }, SendMessageDto)).toBe('conversationId must be a conversation id');
    expect(refusal({ conversationId: id, body: 42 }, SendMessageDto)).toBe('clientMessageId must be a UUID chosen by the client; body must be text');
    expect(refusal({ conversationId: id, afterSeq: -1 }, SyncDto)).toBe('afterSeq must not be less than 0');
    expect(refusal({ conversationId: id, afterSeq: 1.5 }, SyncDto)).toBe('afterSeq must be a whole number');
    expect(refusal({ userIds: ['x'] }, PresenceQueryDto)).toBe('userIds must be user ids');
  });

  it('holds payloads to the input policy of HTTP bodies, naming the field', () => {
    expect(refusal({ conversationId: id, clientMessageId: id, body: 'hi\u0000' }, SendMessageDto)).toBe('body must not contain the NUL character');
    expect(refusal({ conversationId: id, clientMessageId: id, body: 'hi\ud800' }, SendMessageDto)).toBe('body must be well-formed Unicode text (it holds a lone surrogate)');
    expect(refusal({ conversationId: id, clientMessageId: id, body: 'hi\u001b[2J' }, SendMessageDto)).toBe('body must not contain control characters other than tab and line breaks');
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) {
      deep = [deep];
    }
    expect(refusal({ userIds: deep }, PresenceQueryDto)).toBe(`userIds is nested more than ${JSON_MAX_DEPTH} levels deep`);
    expect(check({ conversationId: id, clientMessageId: id, body: 'line one\nline two\ttabbed\r\n' }, SendMessageDto)).toMatchObject({ body: 'line one\nline two\ttabbed\r\n' });
  });

  it('refuses unknown properties and payloads that are not objects', () => {
    expect(refusal({ conversationId: id, afterSeq: 0, room: 'user:someone-else' }, SyncDto)).toBe('property room should not exist');
    expect(refusal('hello', SyncDto)).toBe('The payload must be an object');
    expect(refusal(undefined, SyncDto)).toBe('The payload must be an object');
  });

  it('counts characters, not UTF-16 units, like the database does', () => {
    const emoji = '🚀'.repeat(MESSAGE_MAX_LENGTH);
    expect(check({ conversationId: id, clientMessageId: id, body: emoji }, SendMessageDto)).toMatchObject({ body: emoji });
    expect(refusal({ conversationId: id, clientMessageId: id, body: `${emoji}x` }, SendMessageDto)).toBe(`body must be 1 to ${MESSAGE_MAX_LENGTH} characters`);
  });

  it('refuses a payload whose type declares no schema, and leaves the socket argument alone', () => {
    class Untyped {}
    expect(refusal({}, Untyped)).toBe('Invalid payload');
    const socket = { id: 's1' };
    expect(pipe.transform(socket, { type: 'custom', metatype: Object })).toBe(socket);
  });
});
