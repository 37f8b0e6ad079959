import { parseCalendar } from '../../../../test/ical';
import { DateTime } from 'luxon';
import {
  ambiguousWallTime,
  CalendarBooking,
  feedFor,
  inviteFor,
  zoneBlock,
} from './invite';

const MENTOR = 'a0000000-0000-4000-8000-000000000001';
const FOUNDER = 'b0000000-0000-4000-8000-000000000002';

function booking(overrides: Partial<CalendarBooking> = {}): CalendarBooking {
  return {
    id: 'c0000000-0000-4000-8000-000000000003',
    kind: 'mentorship',
    status: 'confirmed',
    start: '2027-03-28T08:00:00.000Z',
    end: '2027-03-28T09:00:00.000Z',
    topic: 'CE certification',
    mentor: {
      userId: MENTOR,
      mentorId: 'd0000000-0000-4000-8000-000000000004',
      displayName: 'Anna Becker',
      timeZone: 'Europe/Berlin',
    },
    founder: {
      userId: FOUNDER,
      displayName: '李伟',
      timeZone: 'Asia/Shanghai',
    },
    meetingLink: 'https://meeting.tencent.com/dm/abc',
    meetingPlace: null,
    sequence: 0,
    cancelledBy: null,
    createdAt: '2027-03-01T10:00:00.000Z',
    updatedAt: '2027-03-02T10:00:00.000Z',
    mentorEmail: 'anna@example.de',
    founderEmail: 'li.wei@example.cn',
    ...overrides,
  };
}

const EN_MENTOR = { userId: MENTOR, locale: 'en' } as const;
const ZH_FOUNDER = { userId: FOUNDER, locale: 'zh-CN' } as const;

describe('invites', () => {
  it('carry METHOD, a stable UID, the sequence, both people and the times on the mentor’s clock with its VTIMEZONE', () => {
    const cal = parseCalendar(inviteFor(booking(), 'REQUEST', EN_MENTOR));
    expect(cal.method).toBe('REQUEST');
    expect(cal.timezones).toEqual(['Europe/Berlin']);
    expect(cal.events).toHaveLength(1);
    const [event] = cal.events;
    expect(event).toMatchObject({
      uid: 'c0000000-0000-4000-8000-000000000003@torchbridge',
      sequence: 0,
      status: 'CONFIRMED',
      tzid: 'Europe/Berlin',
      // 08:00 UTC on the Sunday Berlin springs forward is 10:00 CEST.
      localStart: '2027-03-28T10:00:00',
      start: '2027-03-28T08:00:00.000Z',
      end: '2027-03-28T09:00:00.000Z',
      summary: 'Mentoring session · 李伟: CE certification',
      location: 'https://meeting.tencent.com/dm/abc',
      url: 'https://meeting.tencent.com/dm/abc',
      organizer: 'mailto:anna@example.de',
    });
    expect(event?.attendees).toEqual([
      { email: 'anna@example.de', partstat: 'ACCEPTED', name: 'Anna Becker' },
      { email: 'li.wei@example.cn', partstat: 'ACCEPTED', name: '李伟' },
    ]);
    // Both local times, each on its own clock.
    expect(event?.description).toContain(
      'Anna Becker (mentor): Sun, 28 Mar 2027, 10:00–11:00 CEST (Europe/Berlin)',
    );
    expect(event?.description).toContain(
      '李伟 (founder): Sun, 28 Mar 2027, 16:00–17:00 GMT+8 (Asia/Shanghai)',
    );
  });

  it('speak the reader’s language', () => {
    const [event] = parseCalendar(
      inviteFor(booking(), 'REQUEST', ZH_FOUNDER),
    ).events;
    expect(event?.summary).toBe('辅导会谈 · Anna Becker：CE certification');
    expect(event?.description).toContain(
      '李伟 (创始人): 2027/3/28周日 GMT+8 16:00–17:00 (Asia/Shanghai)',
    );
    expect(event?.description).toContain(
      '加入会议: https://meeting.tencent.com/dm/abc',
    );
  });

  it.each([
    // [mentor zone, UTC start, wall time written, UTC end] around both of Berlin's changes in 2027 (Shanghai has none).
    [
      'Europe/Berlin',
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:30:00',
      '2027-03-28T01:30:00.000Z',
    ], // ends 03:30 CEST, across the gap
    [
      'Europe/Berlin',
      '2027-03-28T01:30:00.000Z',
      '2027-03-28T03:30:00',
      '2027-03-28T02:30:00.000Z',
    ],
    [
      'Europe/Berlin',
      '2027-10-30T22:00:00.000Z',
      '2027-10-31T00:00:00',
      '2027-10-30T23:00:00.000Z',
    ],
    [
      'Europe/Berlin',
      '2027-10-31T02:00:00.000Z',
      '2027-10-31T03:00:00',
      '2027-10-31T03:00:00.000Z',
    ],
    [
      'Europe/Berlin',
      '2027-10-31T09:00:00.000Z',
      '2027-10-31T10:00:00',
      '2027-10-31T10:00:00.000Z',
    ],
    [
      'Asia/Shanghai',
      '2027-03-28T01:30:00.000Z',
      '2027-03-28T09:30:00',
      '2027-03-28T02:30:00.000Z',
    ],
    [
      'Asia/Shanghai',
      '2027-10-31T01:30:00.000Z',
      '2027-10-31T09:30:00',
      '2027-10-31T02:30:00.000Z',
    ],
  ])(
    'in %s, %s is written as %s and resolves back to the same instants',
    (zone, start, local, end) => {
      const b = booking({
        start,
        end,
        mentor: { ...booking().mentor, timeZone: zone },
      });
      const [event] = parseCalendar(inviteFor(b, 'REQUEST', EN_MENTOR)).events;
      expect(event).toMatchObject({
        tzid: zone,
        localStart: local,
        start,
        end,
      });
    },
  );

  it('a session in the repeated autumn hour is written in UTC, so each of the two 02:30s keeps its own instant', () => {
    // RFC 5545 reads an ambiguous wall time as its first occurrence, ical.js as its second: neither may guess.
    const at = (start: string, end: string) =>
      parseCalendar(inviteFor(booking({ start, end }), 'REQUEST', EN_MENTOR))
        .events[0];
    const first = at('2027-10-31T00:30:00.000Z', '2027-10-31T01:00:00.000Z');
    const second = at('2027-10-31T01:30:00.000Z', '2027-10-31T02:00:00.000Z');
    const ending = at('2027-10-30T23:30:00.000Z', '2027-10-31T00:30:00.000Z');
    expect(
      [first, second, ending].map((e) => [e?.tzid, e?.start, e?.end]),
    ).toEqual([
      [undefined, '2027-10-31T00:30:00.000Z', '2027-10-31T01:00:00.000Z'],
      [undefined, '2027-10-31T01:30:00.000Z', '2027-10-31T02:00:00.000Z'],
      [undefined, '2027-10-30T23:30:00.000Z', '2027-10-31T00:30:00.000Z'],
    ]);
    expect(
      ambiguousWallTime(
        DateTime.fromISO('2027-10-31T00:30:00Z', { zone: 'utc' }),
        'Europe/Berlin',
      ),
    ).toBe(true);
    expect(
      ambiguousWallTime(
        DateTime.fromISO('2027-10-31T02:00:00Z', { zone: 'utc' }),
        'Europe/Berlin',
      ),
    ).toBe(false);
    expect(
      ambiguousWallTime(
        DateTime.fromISO('2027-03-28T01:30:00Z', { zone: 'utc' }),
        'Europe/Berlin',
      ),
    ).toBe(false);
    expect(
      ambiguousWallTime(
        DateTime.fromISO('2027-10-31T00:30:00Z', { zone: 'utc' }),
        'Asia/Shanghai',
      ),
    ).toBe(false);
  });

  it('a reschedule bumps SEQUENCE under the same UID; a cancel is METHOD:CANCEL with STATUS:CANCELLED', () => {
    const first = parseCalendar(inviteFor(booking(), 'REQUEST', EN_MENTOR))
      .events[0];
    const moved = parseCalendar(
      inviteFor(
        booking({
          sequence: 1,
          start: '2027-04-01T08:00:00.000Z',
          end: '2027-04-01T09:00:00.000Z',
        }),
        'REQUEST',
        EN_MENTOR,
      ),
    ).events[0];
    const cancel = parseCalendar(
      inviteFor(
        booking({ sequence: 2, status: 'cancelled', cancelledBy: FOUNDER }),
        'CANCEL',
        EN_MENTOR,
      ),
    );
    expect(moved?.uid).toBe(first?.uid);
    expect(moved?.sequence).toBe(1);
    expect(moved?.start).toBe('2027-04-01T08:00:00.000Z');
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.events[0]).toMatchObject({
      uid: first?.uid,
      sequence: 2,
      status: 'CANCELLED',
    });
    expect(cancel.events[0]?.attendees.map((a) => a.partstat)).toEqual([
      'ACCEPTED',
      'DECLINED',
    ]);
  });

  it('a request waiting for the mentor is TENTATIVE and the mentor has not answered', () => {
    const [event] = parseCalendar(
      inviteFor(booking({ status: 'requested' }), 'REQUEST', EN_MENTOR),
    ).events;
    expect(event?.status).toBe('TENTATIVE');
    expect(event?.attendees.map((a) => a.partstat)).toEqual([
      'NEEDS-ACTION',
      'ACCEPTED',
    ]);
  });

  it('names the TZID its VTIMEZONE declares when the zone goes by another name, and UTC for a zone tzdb does not know', () => {
    for (const [asked, declared] of [
      ['Asia/Calcutta', 'Asia/Kolkata'],
      ['UTC', 'Etc/UTC'],
      ['Europe/Kiev', 'Europe/Kyiv'],
    ] as const) {
      const cal = parseCalendar(
        inviteFor(
          booking({ mentor: { ...booking().mentor, timeZone: asked } }),
          'REQUEST',
          EN_MENTOR,
        ),
      );
      expect({
        asked,
        tzid: cal.events[0]?.tzid,
        zones: cal.timezones,
        start: cal.events[0]?.start,
      }).toEqual({
        asked,
        tzid: declared,
        zones: [declared],
        start: '2027-03-28T08:00:00.000Z',
      });
    }
    const unknown = parseCalendar(
      inviteFor(
        booking({
          mentor: { ...booking().mentor, timeZone: 'Mars/Olympus_Mons' },
        }),
        'REQUEST',
        EN_MENTOR,
      ),
    );
    expect(unknown.timezones).toEqual([]);
    expect(unknown.events[0]).toMatchObject({
      tzid: undefined,
      start: '2027-03-28T08:00:00.000Z',
      end: '2027-03-28T09:00:00.000Z',
    });
    expect(zoneBlock('Mars/Olympus_Mons')).toBeNull();
  });

  it('writes a place as LOCATION and keeps names with quotes and line breaks from breaking the calendar', () => {
    const b = booking({
      meetingLink: null,
      meetingPlace: 'Factory 3, Room "Jena"\nSecond floor',
      mentor: {
        ...booking().mentor,
        displayName: 'Anna "The Optician" Becker',
      },
      topic: 'Line one\nLine two; with, punctuation',
    });
    const [event] = parseCalendar(inviteFor(b, 'REQUEST', ZH_FOUNDER)).events;
    expect(event?.location).toBe('Factory 3, Room "Jena"\nSecond floor');
    expect(event?.url).toBeUndefined();
    expect(event?.attendees[0]?.name).toBe('Anna  The Optician  Becker');
    expect(event?.summary).toBe(
      '辅导会谈 · Anna "The Optician" Becker：Line one\nLine two; with, punctuation',
    );
  });
});

describe('feeds', () => {
  it('hold every session with its own status and zone, and no METHOD', () => {
    const feed = parseCalendar(
      feedFor(
        [
          booking(),
          booking({
            id: 'c0000000-0000-4000-8000-000000000005',
            status: 'cancelled',
            sequence: 1,
            cancelledBy: MENTOR,
          }),
          booking({
            id: 'c0000000-0000-4000-8000-000000000006',
            status: 'requested',
            mentor: { ...booking().mentor, timeZone: 'Asia/Shanghai' },
          }),
        ],
        ZH_FOUNDER,
      ),
    );
    expect(feed.method).toBeUndefined();
    expect(feed.name).toBe('Torchbridge 会谈');
    expect(feed.timezones.sort()).toEqual(['Asia/Shanghai', 'Europe/Berlin']);
    expect(
      feed.events.map((e) => [e.uid.slice(-13), e.status, e.tzid, e.start]),
    ).toEqual([
      [
        '3@torchbridge',
        'CONFIRMED',
        'Europe/Berlin',
        '2027-03-28T08:00:00.000Z',
      ],
      [
        '5@torchbridge',
        'CANCELLED',
        'Europe/Berlin',
        '2027-03-28T08:00:00.000Z',
      ],
      [
        '6@torchbridge',
        'TENTATIVE',
        'Asia/Shanghai',
        '2027-03-28T08:00:00.000Z',
      ],
    ]);
    expect(feed.events[1]?.summary).toBe(
      '已取消: 辅导会谈 · Anna Becker：CE certification',
    );
  });

  it('an empty feed is still a calendar', () => {
    expect(parseCalendar(feedFor([], EN_MENTOR))).toMatchObject({
      method: undefined,
      name: 'Torchbridge sessions',
      events: [],
    });
  });
});
