import {
  bookingMail,
  bookingNoteLine,
  NoticeFacts,
  reminderMail,
} from './booking-texts';

const facts = (overrides: Partial<NoticeFacts> = {}): NoticeFacts => ({
  event: 'confirmed',
  actor: 'you',
  otherName: '李伟',
  start: '2027-03-29T08:00:00.000Z',
  end: '2027-03-29T09:00:00.000Z',
  previousStart: null,
  lengthMinutes: 60,
  reason: '',
  topic: 'CE marking',
  recipientZone: 'Europe/Berlin',
  otherZone: 'Asia/Shanghai',
  meetingLink: 'https://meeting.tencent.com/dm/abc',
  meetingPlace: null,
  pageUrl: 'https://torchbridge.example/sessions/b1',
  ...overrides,
});

describe('booking mail texts', () => {
  it('give both local times, each on its own clock, in English', () => {
    const mail = bookingMail('en', facts());
    expect(mail.subject).toBe(
      'Session confirmed: Mon, 29 Mar 2027, 10:00–11:00 CEST (Europe/Berlin)',
    );
    expect(mail.text).toContain('Your session with 李伟 is confirmed.');
    expect(mail.text).toContain(
      '  You: Mon, 29 Mar 2027, 10:00–11:00 CEST (Europe/Berlin)',
    );
    expect(mail.text).toContain(
      '  李伟: Mon, 29 Mar 2027, 16:00–17:00 GMT+8 (Asia/Shanghai)',
    );
    expect(mail.text).toContain('Join: https://meeting.tencent.com/dm/abc');
    expect(mail.text).toContain(
      'Open the session: https://torchbridge.example/sessions/b1',
    );
  });

  it('speak Chinese to a Chinese reader, with the old time and the reason of a move', () => {
    const mail = bookingMail(
      'zh-CN',
      facts({
        event: 'rescheduled',
        otherName: 'Anna Becker',
        actor: 'other',
        recipientZone: 'Asia/Shanghai',
        otherZone: 'Europe/Berlin',
        previousStart: '2027-03-27T08:00:00.000Z',
        reason: '出差',
      }),
    );
    expect(mail.subject).toBe(
      '会谈已改期至 2027/3/29周一 GMT+8 16:00–17:00 (Asia/Shanghai)',
    );
    expect(mail.text).toContain('Anna Becker 更改了与您的会谈时间。');
    expect(mail.text).toContain(
      '原定时间: 2027/3/27周六 GMT+8 16:00–17:00 (Asia/Shanghai)',
    );
    expect(mail.text).toContain('原因: 出差');
  });

  it('a cancellation carries its reason and no way to join', () => {
    const mail = bookingMail(
      'en',
      facts({
        event: 'cancelled',
        actor: 'other',
        reason: 'Travelling',
        pageUrl: undefined,
      }),
    );
    expect(mail.subject).toMatch(/^Session cancelled: /);
    expect(mail.text).toContain('李伟 cancelled your session.');
    expect(mail.text).toContain('Reason: Travelling');
    expect(mail.text).not.toContain('Join:');
    expect(mail.text).not.toContain('Open the session');
  });

  it('says who made a change: the reader, the other person or nobody', () => {
    expect(
      bookingMail('en', facts({ event: 'cancelled', actor: null })).text,
    ).toContain('Your session with 李伟 was cancelled.');
    expect(
      bookingMail('en', facts({ event: 'rescheduled', actor: 'you' })).text,
    ).toContain('You moved your session with 李伟.');
    expect(
      bookingMail('zh-CN', facts({ event: 'rescheduled', actor: 'you' })).text,
    ).toContain('您更改了与 李伟 的会谈时间。');
  });

  it('a request names who asked; a zone the runtime does not know falls back to UTC', () => {
    const mail = bookingMail(
      'en',
      facts({
        event: 'requested',
        actor: 'other',
        recipientZone: 'Mars/Base',
      }),
    );
    expect(mail.subject).toBe(
      'Session request from 李伟: Mon, 29 Mar 2027, 08:00–09:00 UTC (UTC)',
    );
    expect(mail.text).toContain(
      '李伟 asked for a session with you. Confirm or decline it on Torchbridge.',
    );
  });

  it('the chat note’s fallback line is English in UTC', () => {
    expect(
      bookingNoteLine(
        'rescheduled',
        '2027-03-29T08:00:00.000Z',
        '2027-03-29T09:00:00.000Z',
      ),
    ).toBe('Session moved to: Mon, 29 Mar 2027, 08:00–09:00 UTC (UTC)');
  });
});

describe('reminder mail texts', () => {
  const facts = {
    otherName: 'Katrin Bauer',
    start: '2027-03-30T06:00:00.000Z',
    end: '2027-03-30T06:30:00.000Z',
    topic: 'CE marking',
    recipientZone: 'Asia/Shanghai',
    otherZone: 'Europe/Berlin',
    meetingLink: 'https://meet.jit.si/torchbridge-demo',
    meetingPlace: null,
    pageUrl: 'http://localhost:3000/sessions/1',
  };

  it('say how soon, on both clocks, with the way to join, in the reader’s language', () => {
    const en = reminderMail('en', { ...facts, before: '1h' });
    expect(en.subject).toMatch(/^In 1 hour: session with Katrin Bauer/);
    expect(en.text).toContain('starts in 1 hour');
    expect(en.text).toMatch(/You: .*14:00/);
    expect(en.text).toMatch(/Katrin Bauer: .*08:00/);
    expect(en.text).toContain('https://meet.jit.si/torchbridge-demo');

    const zh = reminderMail('zh-CN', { ...facts, before: '24h' });
    expect(zh.subject).toMatch(/^明天：与 Katrin Bauer 的会谈/);
    expect(zh.text).toContain('24 小时后开始');
    expect(zh.text).toContain('14:00');
  });
});
