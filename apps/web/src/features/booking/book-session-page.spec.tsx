import { screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '@torchbridge/api-client';
import {
  BOOKING_ID,
  BOOKING_NOW,
  MENTOR_ID,
  MENTORSHIP_ID,
  OVERLAP_SLOT,
  makeBooking,
  makeSlots,
} from '../../testing/booking';
import { makeMentorship } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

const ROUTE = `/mentorships/${MENTORSHIP_ID}/book`;
/** Slot labels keep each time range on one line with a word joiner after the dash; screen readers skip it. */
const range = (text: string) => text.replaceAll('–', '–\u2060');
// The calendar asks from the moment it opened; the fake clock runs on while the test renders.
const OPENED = expect.stringMatching(
  /^2026-04-06T06:00:0\d\.\d{3}Z$/,
) as unknown as string;

function setup(locale: 'en' | 'zh-CN' = 'en', overrides = {}) {
  const api = signedInApi(makeUser({ locale }), {
    mentorship: jest.fn(() => Promise.resolve(makeMentorship())),
    mentorSlots: jest.fn(() => Promise.resolve(makeSlots())),
    officeHours: jest.fn(() => Promise.resolve([])),
    ...overrides,
  });
  return renderApp({ api, route: ROUTE, locale });
}

describe('Booking calendar', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: BOOKING_NOW, advanceTimers: true });
  });
  afterEach(() => jest.useRealTimers());

  it('shows each free time on the founder’s clock and the mentor’s, best times for both first, overlap in words', async () => {
    const { api } = setup();

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Book a session with Anna Schmidt',
      }),
    ).toBeInTheDocument();
    const best = await screen.findByRole('region', {
      name: 'Best times for both',
    });
    expect(
      within(best).getByRole('button', {
        name: `15:00–15:30 Tue, Apr 7 · Berlin ${range('09:00–09:30')} Both working hours`,
      }),
    ).toBeInTheDocument();

    const week = screen.getByRole('group', {
      name: /^Free times, .* on your clock \(Shanghai\)$/,
    });
    // Tuesday 15:00 Shanghai is 09:00 Berlin, in both working days; 23:00 is the mentor’s 17:00, not both.
    expect(
      within(week).getByRole('button', {
        name: `15:00–15:30 Berlin ${range('09:00–09:30')} Both working hours`,
      }),
    ).toBeInTheDocument();
    expect(
      within(week).getByRole('button', {
        name: `23:00–23:30 Berlin ${range('17:00–17:30')}`,
      }),
    ).toBeInTheDocument();
    // Thursday 01:00 in Shanghai is still Wednesday evening in Berlin: the other clock names its day.
    expect(
      within(week).getByRole('button', {
        name: `01:00–01:30 Berlin Wed ${range('19:00–19:30')}`,
      }),
    ).toBeInTheDocument();

    // The week asked for is Shanghai’s Monday to Sunday, starting now rather than at a past midnight.
    expect(api.mentorSlots).toHaveBeenCalledWith(MENTOR_ID, {
      from: OPENED,
      to: '2026-04-12T16:00:00.000Z',
    });
  });

  it('books the picked time with its topic and says plainly that it waits for the mentor', async () => {
    const createBooking = jest.fn(() =>
      Promise.resolve(makeBooking({ status: 'requested' })),
    );
    const { user } = setup('en', { createBooking });

    const best = await screen.findByRole('region', {
      name: 'Best times for both',
    });
    await user.click(within(best).getAllByRole('button')[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', {
      name: 'Book this time?',
    });
    expect(
      within(dialog).getByText('Your time · Shanghai'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('15:00–15:30')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Anna Schmidt’s time · Berlin'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('09:00–09:30')).toBeInTheDocument();

    await user.type(
      within(dialog).getByRole('textbox', { name: /Topic/ }),
      'CE marking for the EU',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Book session' }),
    );

    expect(createBooking).toHaveBeenCalledWith({
      mentorshipId: MENTORSHIP_ID,
      start: OVERLAP_SLOT.start,
      lengthMinutes: 30,
      topic: 'CE marking for the EU',
    });
    expect(
      await screen.findByText(
        'Sent to Anna Schmidt, who will confirm it; you will get a notification.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the session' }),
    ).toHaveAttribute('href', `/sessions/${BOOKING_ID}`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says a slot was just taken and reads the free times again', async () => {
    const mentorSlots = jest
      .fn()
      .mockResolvedValueOnce(makeSlots())
      .mockResolvedValue(makeSlots({ slots: [], best: [] }));
    const createBooking = jest.fn(() =>
      Promise.reject(
        new ApiError({
          status: 409,
          code: 'booking.slot_taken',
          message: 'That time was just taken; choose another slot',
        }),
      ),
    );
    const { user } = setup('en', { mentorSlots, createBooking });

    const week = await screen.findByRole('group', { name: /^Free times/ });
    await user.click(
      within(week).getByRole('button', { name: /^15:00–15:30/ }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Book this time?',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Book session' }),
    );

    expect(
      await screen.findByText('That time was just taken. Choose another slot.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(mentorSlots).toHaveBeenCalledTimes(2));
    expect(
      await screen.findByText('No free times this week. Try a later week.'),
    ).toBeInTheDocument();
  });

  it('asks for another length and another week', async () => {
    const { api, user } = setup();
    await screen.findByRole('region', { name: 'Best times for both' });

    await user.click(screen.getByRole('radio', { name: '60 minutes' }));
    await waitFor(() =>
      expect(api.mentorSlots).toHaveBeenLastCalledWith(MENTOR_ID, {
        from: OPENED,
        to: '2026-04-12T16:00:00.000Z',
        length: 60,
      }),
    );
    expect(screen.getByRole('button', { name: 'Earlier week' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Later week' }));
    await waitFor(() =>
      expect(api.mentorSlots).toHaveBeenLastCalledWith(MENTOR_ID, {
        from: '2026-04-12T16:00:00.000Z',
        to: '2026-04-19T16:00:00.000Z',
        length: 60,
      }),
    );
  });

  it('reads in Chinese, with both clocks and the overlap named', async () => {
    setup('zh-CN');

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '预约与 Anna Schmidt 的会谈',
      }),
    ).toBeInTheDocument();
    const best = await screen.findByRole('region', {
      name: '对双方最合适的时间',
    });
    expect(
      within(best).getByRole('button', {
        name: /^15:00–15:30 .*Berlin时间 09:00–\u206009:30 双方工作时间内$/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /时间按你的时钟显示（Shanghai）；每个时间下方是 Anna Schmidt 的时钟（Berlin）/,
      ),
    ).toBeInTheDocument();
  });

  it('tells a founder whose mentorship closed that sessions need an active one', async () => {
    setup('en', {
      mentorship: () =>
        Promise.resolve(makeMentorship({ status: 'completed' })),
    });
    expect(
      await screen.findByText(
        'Sessions are booked within an active mentorship; this one has closed.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Best times for both' }),
    ).not.toBeInTheDocument();
  });
});
