import type { Locale } from '@torchbridge/contracts';
import { localRange } from '../calendar/local-time';

/** The booking events people are told about by mail and in chat. */
export const NOTICE_EVENTS = [
  'requested',
  'confirmed',
  'rescheduled',
  'cancelled',
] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

/** Everything a mail about a session says, already in the recipient's terms. */
export interface NoticeFacts {
  event: NoticeEvent;
  /** Who made the change: the recipient, the other person, or nobody (the system). */
  actor: 'you' | 'other' | null;
  /** The other person of the session. */
  otherName: string;
  start: string;
  end: string;
  previousStart: string | null;
  lengthMinutes: number;
  reason: string;
  topic: string;
  recipientZone: string;
  otherZone: string;
  meetingLink: string | null;
  meetingPlace: string | null;
  pageUrl: string | undefined;
}

interface Words {
  subject: Record<NoticeEvent, (f: NoticeFacts, when: string) => string>;
  lead: Record<NoticeEvent, (f: NoticeFacts) => string>;
  you: string;
  when: string;
  was: string;
  topic: string;
  reason: string;
  join: string;
  where: string;
  page: (url: string) => string;
  invite: string;
  signature: string;
}

/** The mail texts, English and Simplified Chinese; a missing text is a compile error. */
export const BOOKING_TEXTS: Record<Locale, Words> = {
  en: {
    subject: {
      requested: (f, when) => `Session request from ${f.otherName}: ${when}`,
      confirmed: (_f, when) => `Session confirmed: ${when}`,
      rescheduled: (_f, when) => `Session moved to ${when}`,
      cancelled: (_f, when) => `Session cancelled: ${when}`,
    },
    lead: {
      requested: (f) =>
        `${f.otherName} asked for a session with you. Confirm or decline it on Torchbridge.`,
      confirmed: (f) => `Your session with ${f.otherName} is confirmed.`,
      rescheduled: (f) =>
        f.actor === 'other'
          ? `${f.otherName} moved your session.`
          : f.actor === 'you'
            ? `You moved your session with ${f.otherName}.`
            : `Your session with ${f.otherName} was moved.`,
      cancelled: (f) =>
        f.actor === 'other'
          ? `${f.otherName} cancelled your session.`
          : f.actor === 'you'
            ? `You cancelled your session with ${f.otherName}.`
            : `Your session with ${f.otherName} was cancelled.`,
    },
    you: 'You',
    when: 'When',
    was: 'Was',
    topic: 'Topic',
    reason: 'Reason',
    join: 'Join',
    where: 'Where',
    page: (url) => `Open the session: ${url}`,
    invite: 'The attached invite (invite.ics) adds it to your calendar.',
    signature: 'Torchbridge',
  },
  'zh-CN': {
    subject: {
      requested: (f, when) => `${f.otherName} 请求会谈：${when}`,
      confirmed: (_f, when) => `会谈已确认：${when}`,
      rescheduled: (_f, when) => `会谈已改期至 ${when}`,
      cancelled: (_f, when) => `会谈已取消：${when}`,
    },
    lead: {
      requested: (f) =>
        `${f.otherName} 请求与您会谈。请在 Torchbridge 上确认或拒绝。`,
      confirmed: (f) => `您与 ${f.otherName} 的会谈已确认。`,
      rescheduled: (f) =>
        f.actor === 'other'
          ? `${f.otherName} 更改了与您的会谈时间。`
          : f.actor === 'you'
            ? `您更改了与 ${f.otherName} 的会谈时间。`
            : `您与 ${f.otherName} 的会谈时间已更改。`,
      cancelled: (f) =>
        f.actor === 'other'
          ? `${f.otherName} 取消了与您的会谈。`
          : f.actor === 'you'
            ? `您取消了与 ${f.otherName} 的会谈。`
            : `您与 ${f.otherName} 的会谈已取消。`,
    },
    you: '您',
    when: '时间',
    was: '原定时间',
    topic: '议题',
    reason: '原因',
    join: '加入会议',
    where: '地点',
    page: (url) => `查看会谈：${url}`,
    invite: '附件中的日历邀请（invite.ics）可将会谈加入您的日历。',
    signature: 'Torchbridge',
  },
};

/** The "When" block: the session on the reader's clock and on the other person's. */
function whenLines(
  w: Words,
  locale: Locale,
  f: {
    start: string;
    end: string;
    recipientZone: string;
    otherZone: string;
    otherName: string;
  },
): { mine: string; lines: string[] } {
  const mine = localRange(f.start, f.end, f.recipientZone, locale);
  return {
    mine,
    lines: [
      '',
      `${w.when}:`,
      `  ${w.you}: ${mine}`,
      `  ${f.otherName}: ${localRange(f.start, f.end, f.otherZone, locale)}`,
    ],
  };
}

/** How to join: the meeting link and the place, when there are any. */
function joinLines(
  w: Words,
  f: { meetingLink: string | null; meetingPlace: string | null },
): string[] {
  return [
    ...(f.meetingLink ? [`${w.join}: ${f.meetingLink}`] : []),
    ...(f.meetingPlace ? [`${w.where}: ${f.meetingPlace}`] : []),
  ];
}

/** Subject and plain text of the mail one person gets, in their language, with both people's local times. */
export function bookingMail(
  locale: Locale,
  f: NoticeFacts,
): { subject: string; text: string } {
  const w = BOOKING_TEXTS[locale];
  const when = whenLines(w, locale, f);
  const mine = when.mine;
  const lines = [w.lead[f.event](f), ...when.lines];
  if (f.event === 'rescheduled' && f.previousStart) {
    const previousEnd = new Date(
      new Date(f.previousStart).getTime() + f.lengthMinutes * 60_000,
    );
    lines.push(
      `${w.was}: ${localRange(f.previousStart, previousEnd, f.recipientZone, locale)}`,
    );
  }
  if (f.topic.trim()) {
    lines.push(`${w.topic}: ${f.topic.trim()}`);
  }
  if (
    f.reason.trim() &&
    (f.event === 'rescheduled' || f.event === 'cancelled')
  ) {
    lines.push(`${w.reason}: ${f.reason.trim()}`);
  }
  if (f.event !== 'cancelled') {
    lines.push(...joinLines(w, f));
  }
  lines.push('');
  if (f.pageUrl) {
    lines.push(w.page(f.pageUrl));
  }
  lines.push(w.invite, '', `— ${w.signature}`);
  return {
    subject: w.subject[f.event](f, mine),
    text: `${lines.join('\n')}\n`,
  };
}

const NOTE_VERB: Record<NoticeEvent, string> = {
  requested: 'requested',
  confirmed: 'confirmed',
  rescheduled: 'moved to',
  cancelled: 'cancelled',
};

/** The English line a booking note in chat carries for clients that cannot render its facts. */
export function bookingNoteLine(
  event: NoticeEvent,
  start: string,
  end: string,
): string {
  return `Session ${NOTE_VERB[event]}: ${localRange(start, end, 'UTC', 'en')}`;
}

/** What a reminder says, before the session's facts. */
export interface ReminderFacts {
  before: '24h' | '1h';
  otherName: string;
  start: string;
  end: string;
  topic: string;
  recipientZone: string;
  otherZone: string;
  meetingLink: string | null;
  meetingPlace: string | null;
  pageUrl: string | undefined;
}

const REMINDER_TEXTS: Record<
  Locale,
  {
    subject: (f: ReminderFacts, when: string) => string;
    lead: (f: ReminderFacts) => string;
  }
> = {
  en: {
    subject: (f, when) =>
      `${f.before === '1h' ? 'In 1 hour' : 'Tomorrow'}: session with ${f.otherName}, ${when}`,
    lead: (f) =>
      `Your session with ${f.otherName} starts ${f.before === '1h' ? 'in 1 hour' : 'in 24 hours'}.`,
  },
  'zh-CN': {
    subject: (f, when) =>
      `${f.before === '1h' ? '1 小时后' : '明天'}：与 ${f.otherName} 的会谈，${when}`,
    lead: (f) =>
      `您与 ${f.otherName} 的会谈将在${f.before === '1h' ? ' 1 小时' : ' 24 小时'}后开始。`,
  },
};

/** Subject and plain text of a reminder, in the reader's language, with both people's local times and how to join. */
export function reminderMail(
  locale: Locale,
  f: ReminderFacts,
): { subject: string; text: string } {
  const w = BOOKING_TEXTS[locale];
  const r = REMINDER_TEXTS[locale];
  const { mine, lines: when } = whenLines(w, locale, f);
  const lines = [
    r.lead(f),
    ...when,
    ...(f.topic.trim() ? [`${w.topic}: ${f.topic.trim()}`] : []),
    ...joinLines(w, f),
  ];
  lines.push('');
  if (f.pageUrl) {
    lines.push(w.page(f.pageUrl));
  }
  lines.push(`— ${w.signature}`);
  return { subject: r.subject(f, mine), text: `${lines.join('\n')}\n` };
}
