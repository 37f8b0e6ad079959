import type { EventMeetingView, Locale } from '@torchbridge/contracts';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import type { EventRow } from './event-rows';

const WORDS: Record<
  Locale,
  { meeting: string; table: string; with: string; join: string }
> = {
  en: { meeting: 'Meeting', table: 'Table', with: 'with', join: 'Join' },
  'zh-CN': { meeting: '会面', table: '桌', with: '与', join: '加入' },
};

/** A participant's agenda as a calendar: one event per meeting, instants in UTC so every calendar reads them alike. */
export function agendaCalendar(
  event: EventRow,
  meetings: EventMeetingView[],
  reader: { userId: string; locale: Locale },
): string {
  const words = WORDS[reader.locale];
  const title = reader.locale === 'zh-CN' ? event.title_zh : event.title_en;
  const calendar = ical({
    name: title,
    prodId: { company: 'Torchbridge', product: 'Events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings) {
    const other = m.a.userId === reader.userId ? m.b : m.a;
    const withWhom = [other.displayName, other.organisation]
      .filter(Boolean)
      .join(', ');
    calendar.createEvent({
      id: `event-meeting-${m.requestId}@torchbridge`,
      start: new Date(m.start),
      end: new Date(m.end),
      summary: `${words.meeting} ${words.with} ${withWhom} · ${title}`,
      location:
        m.tableLink ??
        [`${words.table} ${m.tableName}`, event.venue]
          .filter(Boolean)
          .join(', '),
      description: [
        `${title}`,
        `${words.table} ${m.tableName}`,
        m.tableLink ? `${words.join}: ${m.tableLink}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      ...(m.tableLink ? { url: m.tableLink } : {}),
    });
  }
  return calendar.toString();
}

/** A field of a CSV row: quoted when it holds a separator, a quote or a line break; a leading formula sign is defused. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The organisers' table plan: one line per meeting in round and table order, times on the event's clock. */
export function tablePlanCsv(
  event: EventRow,
  meetings: EventMeetingView[],
): string {
  const local = (iso: string) =>
    DateTime.fromISO(iso, { zone: 'utc' })
      .setZone(event.time_zone)
      .toFormat('yyyy-LL-dd HH:mm');
  const header = [
    'round',
    'start',
    'end',
    'time_zone',
    'table',
    'participant_a',
    'organisation_a',
    'participant_b',
    'organisation_b',
    'priority',
    'locked',
  ];
  const lines = [...meetings]
    .sort((x, y) => x.round - y.round || x.table - y.table)
    .map((m) =>
      [
        m.round + 1,
        local(m.start),
        local(m.end),
        event.time_zone,
        m.tableName,
        m.a.displayName,
        m.a.organisation,
        m.b.displayName,
        m.b.organisation,
        m.priority,
        m.locked ? 'yes' : 'no',
      ]
        .map(csvField)
        .join(','),
    );
  // A byte-order mark, so spreadsheet programs in China and Europe open the names as UTF-8.
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
