import type { OutboxMailView } from '@torchbridge/contracts';
import { DataSource } from 'typeorm';
import { call, registerUser } from '../../../test/http';
import { SmtpSink, startSmtpSink } from '../../../test/smtp-sink';
import { startTestApp, TestApp } from '../../../test/test-app';
import { MailService } from './mail.service';

const INVITE = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

async function admin(t: TestApp): Promise<{ id: string; token: string }> {
  const r = await registerUser(t.url);
  await t.app
    .get(DataSource)
    .query(`UPDATE users SET role = 'admin' WHERE id = $1`, [r.user.id]);
  const login = await call<{ accessToken: string }>(
    t.url,
    'post',
    '/api/auth/login',
    {
      body: { email: r.registration.email, password: r.registration.password },
    },
  );
  return { id: r.user.id, token: login.body.accessToken };
}

describe('mail without SMTP: the dev outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps each mail for its recipient, who alone (and admins) may read it and its attachments', async () => {
    const anna = await registerUser(t.url);
    const li = await registerUser(t.url);
    const boss = await admin(t);
    const mail = t.app.get(MailService);
    expect(mail.smtp).toBe(false);

    const outcome = await mail.send({
      to: anna.registration.email,
      toUserId: anna.user.id,
      subject: 'Session confirmed',
      text: 'See you Tuesday',
      attachments: [
        {
          filename: 'invite.ics',
          content: INVITE,
          contentType: 'text/calendar; charset=utf-8; method=REQUEST',
        },
      ],
      key: 'test:first',
    });
    expect(outcome).toBe('stored');
    // Delivered again (at least once): still one mail.
    expect(
      await mail.send({
        to: anna.registration.email,
        toUserId: anna.user.id,
        subject: 'Session confirmed',
        text: 'See you Tuesday',
        key: 'test:first',
      }),
    ).toBe('duplicate');
    await mail.send({
      to: li.registration.email,
      toUserId: li.user.id,
      subject: 'For Li',
      text: 'Hello',
      attachments: [
        {
          filename: 'x.bin',
          content: Buffer.from([0, 1, 2, 255]),
          contentType: 'application/octet-stream',
        },
      ],
    });

    const annas = await call<OutboxMailView[]>(
      t.url,
      'get',
      '/api/dev/outbox',
      { token: anna.accessToken },
    );
    expect(annas.status).toBe(200);
    expect(annas.body).toEqual([
      expect.objectContaining({
        to: anna.registration.email,
        subject: 'Session confirmed',
        text: 'See you Tuesday',
        attachments: ['invite.ics'],
      }),
    ]);
    const id = annas.body[0]?.id ?? '';

    const lis = await call<OutboxMailView[]>(t.url, 'get', '/api/dev/outbox', {
      token: li.accessToken,
    });
    expect(lis.body.map((m) => m.subject)).toEqual(['For Li']);

    const all = await call<OutboxMailView[]>(t.url, 'get', '/api/dev/outbox', {
      token: boss.token,
    });
    expect(all.body.map((m) => m.subject)).toEqual([
      'For Li',
      'Session confirmed',
    ]);

    const file = await fetch(`${t.url}/api/dev/outbox/${id}/attachments/0`, {
      headers: { authorization: `Bearer ${anna.accessToken}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8; method=REQUEST',
    );
    expect(await file.text()).toBe(INVITE);

    const binary = await fetch(
      `${t.url}/api/dev/outbox/${lis.body[0]?.id}/attachments/0`,
      { headers: { authorization: `Bearer ${boss.token}` } },
    );
    expect(Buffer.from(await binary.arrayBuffer())).toEqual(
      Buffer.from([0, 1, 2, 255]),
    );

    for (const [path, token] of [
      [`/api/dev/outbox/${id}/attachments/0`, li.accessToken],
      [`/api/dev/outbox/${id}/attachments/1`, anna.accessToken],
      [`/api/dev/outbox/${id}/attachments/99999999999`, anna.accessToken],
      [
        `/api/dev/outbox/00000000-0000-4000-8000-000000000000/attachments/0`,
        boss.token,
      ],
    ] as const) {
      const refused = await call<{ code: string }>(t.url, 'get', path, {
        token,
      });
      expect({ path, status: refused.status, code: refused.body.code }).toEqual(
        { path, status: 404, code: 'not_found' },
      );
    }
    expect(
      (
        await call(t.url, 'get', `/api/dev/outbox/${id}/attachments/-1`, {
          token: anna.accessToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(t.url, 'get', `/api/dev/outbox/${id}/attachments/x`, {
          token: anna.accessToken,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call(t.url, 'get', `/api/dev/outbox/not-a-uuid/attachments/0`, {
          token: anna.accessToken,
        })
      ).status,
    ).toBe(400);
    expect((await call(t.url, 'get', '/api/dev/outbox')).status).toBe(401);
  });
});

describe('mail over SMTP', () => {
  let t: TestApp;
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      env: {
        SMTP_URL: sink.url,
        MAIL_FROM: 'Torchbridge <sessions@torchbridge.test>',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('hands the mail with its attachment to the SMTP server once per key, and keeps no outbox', async () => {
    const anna = await registerUser(t.url);
    const mail = t.app.get(MailService);
    expect(mail.smtp).toBe(true);

    const send = () =>
      mail.send({
        to: anna.registration.email,
        toUserId: anna.user.id,
        subject: '会话已确认',
        text: '周二见',
        html: '<p>周二见</p>',
        attachments: [
          {
            filename: 'invite.ics',
            content: INVITE,
            contentType: 'text/calendar; charset=utf-8; method=REQUEST',
          },
        ],
        headers: { 'X-Torchbridge-Booking': 'b1' },
        key: 'smtp:first',
      });
    expect(await send()).toBe('sent');
    expect(await send()).toBe('duplicate');
    expect(sink.received).toHaveLength(1);
    const [got] = sink.received;
    expect(got?.envelopeTo).toEqual([anna.registration.email]);
    expect(got?.parsed.subject).toBe('会话已确认');
    expect(got?.parsed.from?.value).toEqual([
      { name: 'Torchbridge', address: 'sessions@torchbridge.test' },
    ]);
    expect(got?.parsed.text?.trim()).toBe('周二见');
    expect(got?.parsed.headers.get('x-torchbridge-booking')).toBe('b1');
    expect(
      got?.parsed.attachments.map((a) => [
        a.filename,
        a.contentType,
        a.content.toString('utf8'),
      ]),
    ).toEqual([['invite.ics', 'text/calendar', INVITE]]);

    const outbox = await call<OutboxMailView[]>(
      t.url,
      'get',
      '/api/dev/outbox',
      { token: anna.accessToken },
    );
    expect(outbox).toMatchObject({ status: 200, body: [] });
    expect(
      (
        await t.app
          .get(DataSource)
          .query('SELECT count(*)::int AS n FROM mail_outbox')
      )[0].n,
    ).toBe(0);
  });

  it('throws when the server refuses, so the caller retries, and sends on the retry', async () => {
    const mail = t.app.get(MailService);
    sink.refuse = true;
    const before = sink.received.length;
    await expect(
      mail.send({
        to: 'li@example.cn',
        subject: 'Retry me',
        text: 'x',
        key: 'smtp:retry',
      }),
    ).rejects.toThrow();
    sink.refuse = false;
    expect(
      await mail.send({
        to: 'li@example.cn',
        subject: 'Retry me',
        text: 'x',
        key: 'smtp:retry',
      }),
    ).toBe('sent');
    expect(sink.received.slice(before).map((m) => m.parsed.subject)).toEqual([
      'Retry me',
    ]);
  });
});
