import { screen, waitFor, within } from '@testing-library/react';
import type { ApiClient } from '@torchbridge/api-client';
import type { BookingView, Locale } from '@torchbridge/contracts';
import {
  BOOKING_ID,
  BOOKING_NOW,
  EVENING_SLOT,
  makeBooking,
  makeSlots,
} from '../../testing/booking';
import { MENTOR_USER_ID } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const founder = makeUser();
const mentor = makeUser({
  id: MENTOR_USER_ID,
  role: 'mentor',
  displayName: 'Anna Schmidt',
  timeZone: 'Europe/Berlin',
});
/** Six hours from now: changing it needs a reason. */
const SOON = {
  start: '2026-04-06T12:00:00.000Z',
  end: '2026-04-06T12:30:00.000Z',
};

function setup(
  sessions: BookingView[],
  {
    viewer = founder,
    locale = 'en',
    ...overrides
  }: Partial<ApiClient> & { viewer?: typeof founder; locale?: Locale } = {},
) {
  const api = signedInApi(
    { ...viewer, locale },
    {
      listBookings: jest.fn((scope?: 'upcoming' | 'past') =>
        Promise.resolve(scope === 'past' ? [] : sessions),
      ),
      calendarFeed: () =>
        Promise.resolve({
          url: 'https://torchbridge.example/api/calendar/feed/secret.ics',
          createdAt: '2026-04-01T08:00:00.000Z',
        }),
      mentorSlots: jest.fn(() => Promise.resolve(makeSlots())),
      ...overrides,
    },
  );
  return renderApp({ api, route: '/sessions', locale });
}

async function sessionCard(name: string) {
  return within(await screen.findByRole('article', { name }));
}

describe('My sessions', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: BOOKING_NOW, advanceTimers: true });
  });
  afterEach(() => jest.useRealTimers());

  it('shows each session on both clocks with its status, the other person and where to meet', async () => {
    setup([makeBooking()]);

    const card = await sessionCard('Session with Anna Schmidt');
    expect(card.getByText('Confirmed')).toBeInTheDocument();
    expect(card.getByText('Your time · Shanghai')).toBeInTheDocument();
    expect(card.getByText('15:00–15:30')).toBeInTheDocument();
    expect(card.getByText('Anna Schmidt’s time · Berlin')).toBeInTheDocument();
    expect(card.getByText('09:00–09:30')).toBeInTheDocument();
    expect(
      card.getByRole('link', { name: 'https://meeting.tencent.com/dm/anna' }),
    ).toHaveAttribute('href', 'https://meeting.tencent.com/dm/anna');
    expect(
      card.getByRole('button', { name: 'Download invite (.ics)' }),
    ).toBeInTheDocument();
    // Founders do not confirm, and nothing can be marked before the session starts.
    expect(
      card.queryByRole('button', { name: 'Confirm' }),
    ).not.toBeInTheDocument();
    expect(
      card.queryByRole('button', { name: 'Did not attend' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Calendar address' }),
    ).toHaveValue('https://torchbridge.example/api/calendar/feed/secret.ics');
  });

  it('needs a reason to cancel within 12 hours, and sends it', async () => {
    const cancelBooking = jest.fn(() =>
      Promise.resolve(makeBooking({ ...SOON, status: 'cancelled' })),
    );
    const { user } = setup([makeBooking(SOON)], { cancelBooking });

    const card = await sessionCard('Session with Anna Schmidt');
    await user.click(card.getByRole('button', { name: 'Cancel session' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Cancel this session?' }),
    );
    await user.click(dialog.getByRole('button', { name: 'Cancel session' }));

    expect(
      dialog.getByText('Write a reason: the session starts soon.'),
    ).toBeInTheDocument();
    expect(dialog.getByRole('textbox', { name: /^Reason/ })).toHaveFocus();
    expect(cancelBooking).not.toHaveBeenCalled();

    await user.type(
      dialog.getByRole('textbox', { name: /^Reason/ }),
      'Flight moved to Friday',
    );
    await user.click(dialog.getByRole('button', { name: 'Cancel session' }));
    expect(cancelBooking).toHaveBeenCalledWith(BOOKING_ID, {
      reason: 'Flight moved to Friday',
    });
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('cancels further ahead without a reason', async () => {
    const cancelBooking = jest.fn(() =>
      Promise.resolve(makeBooking({ status: 'cancelled' })),
    );
    const { user } = setup([makeBooking()], { cancelBooking });

    const card = await sessionCard('Session with Anna Schmidt');
    await user.click(card.getByRole('button', { name: 'Cancel session' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Cancel this session?' }),
    );
    expect(
      dialog.getByRole('textbox', { name: 'Reason (optional)' }),
    ).not.toBeRequired();
    await user.click(dialog.getByRole('button', { name: 'Cancel session' }));
    expect(cancelBooking).toHaveBeenCalledWith(BOOKING_ID, {});
  });

  it('moves a session to a newly picked time, with the reason a late change needs', async () => {
    const rescheduleBooking = jest.fn(() =>
      Promise.resolve(
        makeBooking({ start: EVENING_SLOT.start, end: EVENING_SLOT.end }),
      ),
    );
    const { user } = setup([makeBooking(SOON)], { rescheduleBooking });

    const card = await sessionCard('Session with Anna Schmidt');
    await user.click(card.getByRole('button', { name: 'Reschedule' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Move this session' }),
    );
    await user.click(dialog.getByRole('button', { name: 'Move session' }));
    expect(
      dialog.getByText('Pick a new time above first.'),
    ).toBeInTheDocument();

    const week = dialog.getByRole('group', { name: /^Free times/ });
    await user.click(
      await within(week).findByRole('button', { name: /^23:00–23:30/ }),
    );
    expect(dialog.getByText('New time')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Move session' }));
    expect(
      dialog.getByText('Write a reason: the session starts soon.'),
    ).toBeInTheDocument();
    expect(rescheduleBooking).not.toHaveBeenCalled();

    await user.type(
      dialog.getByRole('textbox', { name: /^Reason/ }),
      'A customer visit came up',
    );
    await user.click(dialog.getByRole('button', { name: 'Move session' }));
    expect(rescheduleBooking).toHaveBeenCalledWith(BOOKING_ID, {
      start: EVENING_SLOT.start,
      lengthMinutes: 30,
      reason: 'A customer visit came up',
    });
  });

  it('lets the mentor confirm a requested session, seen on the mentor’s own clock', async () => {
    const confirmBooking = jest.fn(() => Promise.resolve(makeBooking()));
    const { user } = setup([makeBooking({ status: 'requested' })], {
      viewer: mentor,
      confirmBooking,
    });

    const card = await sessionCard('Session with Li Wei');
    expect(card.getByText('Requested')).toBeInTheDocument();
    expect(card.getByText('Waiting for you to confirm.')).toBeInTheDocument();
    expect(card.getByText('Your time · Berlin')).toBeInTheDocument();
    expect(card.getByText('Li Wei’s time · Shanghai')).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Confirm' }));
    expect(confirmBooking).toHaveBeenCalledWith(BOOKING_ID);
  });

  it('offers no-show to the mentor and feedback to both once the session has taken place', async () => {
    const past = makeBooking({
      start: '2026-04-06T05:00:00.000Z',
      end: '2026-04-06T05:30:00.000Z',
    });
    const markBookingNoShow = jest.fn(() =>
      Promise.resolve({ ...past, status: 'no_show' as const }),
    );
    const leaveBookingFeedback = jest.fn(() =>
      Promise.resolve({
        ...past,
        myFeedback: { rating: 4, comment: 'Clear next steps' },
      }),
    );
    const { user } = setup([past], {
      viewer: mentor,
      markBookingNoShow,
      leaveBookingFeedback,
    });

    const card = await sessionCard('Session with Li Wei');
    expect(
      card.queryByRole('button', { name: 'Cancel session' }),
    ).not.toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Send feedback' }));
    expect(card.getByText('Choose a rating from 1 to 5.')).toBeInTheDocument();
    await user.click(card.getByRole('radio', { name: '4' }));
    await user.type(
      card.getByRole('textbox', { name: 'Comment' }),
      'Clear next steps',
    );
    await user.click(card.getByRole('button', { name: 'Send feedback' }));
    expect(leaveBookingFeedback).toHaveBeenCalledWith(BOOKING_ID, {
      rating: 4,
      comment: 'Clear next steps',
    });

    await user.click(card.getByRole('button', { name: 'Did not attend' }));
    expect(markBookingNoShow).toHaveBeenCalledWith(BOOKING_ID);
  });

  it('keeps a private note', async () => {
    const saveBookingNote = jest.fn(() =>
      Promise.resolve(makeBooking({ myNote: 'Bring the test report' })),
    );
    const { user } = setup([makeBooking()], { saveBookingNote });

    const card = await sessionCard('Session with Anna Schmidt');
    await user.click(card.getByText('Private note'));
    await user.type(
      card.getByRole('textbox', { name: /Your note/ }),
      'Bring the test report',
    );
    await user.click(card.getByRole('button', { name: 'Save note' }));
    expect(saveBookingNote).toHaveBeenCalledWith(BOOKING_ID, {
      note: 'Bring the test report',
    });
    expect(await card.findByText('Note saved.')).toBeInTheDocument();
  });

  it('switches to past sessions with the arrow keys', async () => {
    const { api, user } = setup([makeBooking()]);
    const upcoming = await screen.findByRole('tab', { name: 'Upcoming' });
    expect(upcoming).toHaveAttribute('aria-selected', 'true');
    upcoming.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Past' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Past' })).toHaveFocus();
    expect(
      await screen.findByText('No past sessions yet.'),
    ).toBeInTheDocument();
    expect(api.listBookings).toHaveBeenCalledWith('past');
  });

  it('reads in Chinese and copies or replaces the calendar address', async () => {
    const rotateCalendarFeed = jest.fn(() =>
      Promise.resolve({
        url: 'https://torchbridge.example/api/calendar/feed/fresh.ics',
        createdAt: '2026-04-06T06:00:00.000Z',
      }),
    );
    const { user } = setup([makeBooking({ status: 'requested' })], {
      locale: 'zh-CN',
      rotateCalendarFeed,
    });

    const card = await sessionCard('与 Anna Schmidt 的会谈');
    expect(card.getByText('待确认')).toBeInTheDocument();
    expect(card.getByText('等待 Anna Schmidt 确认。')).toBeInTheDocument();
    expect(card.getByText('你的时间 · Shanghai')).toBeInTheDocument();
    expect(card.getByText('Anna Schmidt 的时间 · Berlin')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '即将进行' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '生成新地址' }));
    await user.click(screen.getByRole('button', { name: '替换地址' }));
    expect(rotateCalendarFeed).toHaveBeenCalled();
    expect(
      await screen.findByRole('textbox', { name: '日历地址' }),
    ).toHaveValue('https://torchbridge.example/api/calendar/feed/fresh.ics');
  });
});
