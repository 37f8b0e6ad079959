import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string | undefined;
  summary: string;
  description: string;
  location: string | undefined;
  url: string | undefined;
  /** The TZID DTSTART names (undefined for UTC times). */
  tzid: string | undefined;
  /** DTSTART / DTEND resolved through the calendar's own VTIMEZONE, as ISO instants. */
  start: string;
  end: string;
  /** DTSTART's wall-clock time as written (2027-03-28T10:00:00). */
  localStart: string;
  organizer: string | undefined;
  attendees: {
    email: string;
    partstat: string | undefined;
    name: string | undefined;
  }[];
}

export interface ParsedCalendar {
  method: string | undefined;
  name: string | undefined;
  timezones: string[];
  events: ParsedEvent[];
}

const text = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : String(v);

/**
 * Parses a calendar as a calendar app would, with ical.js: every VTIMEZONE is registered, and a TZID without one
 * fails (calendar apps reject such invites), so times resolve only through the zones the calendar carries.
 */
export function parseCalendar(ics: string): ParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  const zones = root.getAllSubcomponents('vtimezone');
  ICAL.TimezoneService.reset();
  const tzids = zones.map((z) => {
    const tz = new ICAL.Timezone(z);
    ICAL.TimezoneService.register(tz, tz.tzid);
    return tz.tzid;
  });
  const events = root
    .getAllSubcomponents('vevent')
    .map((component): ParsedEvent => {
      const event = new ICAL.Event(component);
      const dtstart = component.getFirstProperty('dtstart');
      const tzid = text(dtstart?.getParameter('tzid'));
      if (tzid !== undefined && !tzids.includes(tzid)) {
        throw new Error(
          `DTSTART names TZID ${tzid}, which has no VTIMEZONE in the calendar`,
        );
      }
      const dtend = component.getFirstProperty('dtend');
      const endTzid = text(dtend?.getParameter('tzid'));
      if (endTzid !== undefined && !tzids.includes(endTzid)) {
        throw new Error(
          `DTEND names TZID ${endTzid}, which has no VTIMEZONE in the calendar`,
        );
      }
      const instant = (t: ICAL.Time) =>
        new Date(t.toUnixTime() * 1000).toISOString();
      return {
        uid: event.uid,
        sequence: event.sequence,
        status: text(component.getFirstPropertyValue('status')),
        summary: event.summary,
        description: event.description,
        location: text(component.getFirstPropertyValue('location')),
        url: text(component.getFirstPropertyValue('url')),
        tzid,
        start: instant(event.startDate),
        end: instant(event.endDate),
        localStart: String(dtstart?.getFirstValue()),
        organizer: text(component.getFirstPropertyValue('organizer')),
        attendees: component.getAllProperties('attendee').map((p) => ({
          email: String(p.getFirstValue()).replace(/^mailto:/i, ''),
          partstat: text(p.getParameter('partstat')),
          name: text(p.getParameter('cn')),
        })),
      };
    });
  return {
    method: text(root.getFirstPropertyValue('method')),
    name: text(root.getFirstPropertyValue('name')),
    timezones: tzids,
    events,
  };
}
